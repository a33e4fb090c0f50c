import * as z from 'zod/mini';
import { isWikimediaWikiHost } from './wikimedia-wiki-host';

/**
 * The user's settings. Each field repairs itself: a corrupted or hand-edited value falls back
 * to its default instead of throwing, so a bad storage entry never breaks the panel. Written
 * with zod's mini build: the side panel reads settings, and its bundle has a size budget.
 */
export const settingsSchema = z.object({
  registryHost: z.catch(z.string().check(z.refine(isWikimediaWikiHost)), 'meta.wikimedia.org'),
  registryTitle: z.catch(z.string().check(z.trim(), z.minLength(1), z.maxLength(255)), 'Meta:Wiki Wayfinder/Registry.json'),
  badgeEnabled: z.catch(z.boolean(), true),
  /** 'auto' follows the browser's language; otherwise a banana language code. */
  language: z.catch(z.string().check(z.regex(/^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/)), 'auto'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Reads any stored value as settings: valid fields kept, the rest repaired to defaults. */
export function repairSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  return settingsSchema.parse(record);
}
