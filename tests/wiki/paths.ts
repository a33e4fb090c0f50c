import { fileURLToPath } from 'node:url';

/** Where Debian's `mediawiki` package installs MediaWiki. */
export const mediawikiDir = '/usr/share/mediawiki';

/** This folder: the PHP helpers copied into every wiki live here. */
export const wikiScriptsDir = fileURLToPath(new URL('.', import.meta.url));

/** The corpus: manifest.json plus one file per page revision under pages/. */
export const corpusDir = fileURLToPath(new URL('../fixtures/wiki/', import.meta.url));
