import { z } from 'zod';

/** A banana message file: keys to strings, plus an @metadata block. */
export const bananaFileSchema = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.unknown())]));
export type BananaFile = z.infer<typeof bananaFileSchema>;

/** The store texts the browsers read from `_locales/<lang>/messages.json`, with the stores' limits. */
const storeKeys = [
  { manifestKey: 'extName', bananaKey: 'wayfinder-ext-name', maxLength: 45 },
  { manifestKey: 'extDescription', bananaKey: 'wayfinder-ext-description', maxLength: 132 },
  { manifestKey: 'commandOpenSidebar', bananaKey: 'wayfinder-command-open-sidebar', maxLength: 132 },
] as const;

type ChromeMessages = Record<string, { message: string }>;

/** Chrome spells locales with an underscore and a capitalised region (pt_BR); banana uses pt-br. */
export function chromeLocaleCode(bananaCode: string): string {
  const [language = '', region] = bananaCode.split('-');
  return region && region.length === 2 ? `${language}_${region.toUpperCase()}` : bananaCode.replace(/-/g, '_');
}

/**
 * Builds `_locales` files from banana message files, so the store name and description are
 * translated on translatewiki.net with everything else. A language gets a file only when it
 * translates at least one store text; a text over the store's limit is an error, not a silent cut.
 */
export function buildStoreLocales(files: Record<string, BananaFile>): Record<string, ChromeMessages> {
  const result: Record<string, ChromeMessages> = {};
  for (const [language, file] of Object.entries(files)) {
    if (language === 'qqq') continue;
    const messages: ChromeMessages = {};
    for (const { manifestKey, bananaKey, maxLength } of storeKeys) {
      const text = file[bananaKey];
      if (typeof text !== 'string') continue;
      if (text.length > maxLength) {
        throw new Error(`${language}: ${bananaKey} is ${text.length} characters; the stores allow ${maxLength}`);
      }
      messages[manifestKey] = { message: text };
    }
    if (Object.keys(messages).length > 0) result[chromeLocaleCode(language)] = messages;
  }
  if (!result.en) throw new Error('English store texts are missing from i18n/en.json');
  return result;
}
