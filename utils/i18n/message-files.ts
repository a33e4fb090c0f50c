import type { BananaFile } from './store-locales';

/** Every message file in i18n/, bundled at build time, keyed by language code. */
const modules = import.meta.glob<BananaFile>('../../i18n/*.json', { eager: true, import: 'default' });

export const messageFiles: Record<string, BananaFile> = Object.fromEntries(
  Object.entries(modules)
    .map(([path, file]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), file] as const)
    .filter(([code]) => code !== 'qqq'),
);
