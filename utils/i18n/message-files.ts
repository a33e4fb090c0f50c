import type { BananaFile } from './store-locales';

/**
 * Every translation in i18n/, bundled at build time, keyed by language code. qqq.json documents
 * the messages for translators and is never shipped.
 */
const modules = import.meta.glob<BananaFile>(['../../i18n/*.json', '!../../i18n/qqq.json'], { eager: true, import: 'default' });

export const messageFiles: Record<string, BananaFile> = Object.fromEntries(
  Object.entries(modules).map(([path, file]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), file] as const),
);
