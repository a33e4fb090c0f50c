import * as z from 'zod/mini';
import { defaultSettings } from './default-settings';
import { isWikimediaWikiHost } from './wikimedia-wiki-host';

export { defaultSettings };

/**
 * The user's settings. Each field repairs itself: a corrupted or hand-edited value falls back
 * to its default instead of throwing, so a bad storage entry never breaks a page; unknown
 * fields are dropped. zod's mini build, as the options page and popup read settings too.
 */
export const settingsSchema = z.object({
  registryHost: z.catch(z.string().check(z.refine(isWikimediaWikiHost)), defaultSettings.registryHost),
  registryTitle: z.catch(z.string().check(z.trim(), z.minLength(1), z.maxLength(255)), defaultSettings.registryTitle),
  badgeEnabled: z.catch(z.boolean(), defaultSettings.badgeEnabled),
  /** 'auto' follows the browser's language; otherwise a banana language code. */
  language: z.catch(z.string().check(z.regex(/^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/)), defaultSettings.language),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Reads any stored value as settings: valid fields kept (titles trimmed), the rest repaired to defaults. */
export function repairSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  return settingsSchema.parse(record);
}
