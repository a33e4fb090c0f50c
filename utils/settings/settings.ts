import { z } from 'zod';
import { isWikimediaWikiHost } from './wikimedia-wiki-host';

/**
 * The user's settings. Each field repairs itself: a corrupted or hand-edited value falls back
 * to its default instead of throwing, so a bad storage entry never breaks the panel.
 */
export const settingsSchema = z.object({
  registryHost: z.string().refine(isWikimediaWikiHost).catch('meta.wikimedia.org'),
  registryTitle: z.string().trim().min(1).max(255).catch('Meta:Wiki Wayfinder/Registry.json'),
  badgeEnabled: z.boolean().catch(true),
  /** 'auto' follows the browser's language; otherwise a banana language code. */
  language: z.string().regex(/^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/).catch('auto'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Reads any stored value as settings: valid fields kept, the rest repaired to defaults. */
export function repairSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  return settingsSchema.parse(record);
}
