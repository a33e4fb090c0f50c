import type { Settings } from './settings';

export type { Settings };

/**
 * The settings of a fresh install. Kept apart from the schema so the side panel can show
 * defaults before the background's validated settings arrive, without shipping the schema.
 */
export const defaultSettings = {
  registryHost: 'meta.wikimedia.org',
  registryTitle: 'Meta:Wiki Wayfinder/Registry.json',
  badgeEnabled: true,
  language: 'auto',
};
