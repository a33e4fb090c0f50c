/**
 * Caps on the on-wiki registry. Anyone can edit that page, so every string and list has a
 * bound: a vandal cannot make the extension parse megabytes, render an endless list or hold a
 * name long enough to push the real contacts off screen. The built-in registry uses a fraction
 * of each.
 */
export const registryLimits = {
  /** UTF-8 bytes of the raw page, checked before JSON.parse. */
  rawBytes: 512 * 1024,
  /** Nesting of arrays and objects; the schema itself needs 8. */
  nestingDepth: 12,
  /** Readable reasons reported for one rejected page. */
  reasons: 20,
  text: {
    id: 80,
    name: 120,
    label: 80,
    role: 200,
    purpose: 200,
    product: 100,
    chatChannel: 100,
    sourceTitle: 200,
    note: 1000,
    title: 255,
    host: 100,
    url: 2048,
    email: 254,
    username: 85,
    languageCode: 20,
  },
  list: {
    teams: 500,
    rules: 2000,
    programmes: 200,
    liaisons: 300,
    bodies: 200,
    quickLinks: 40,
    remove: 500,
    sources: 10,
    successors: 10,
    leaders: 10,
    emails: 10,
    talkPages: 10,
    phabricatorTags: 10,
    chatChannels: 10,
    links: 20,
    products: 30,
    liaisonTeams: 20,
    languages: 30,
    exactTitles: 200,
    aliases: 20,
    replaces: 20,
  },
} as const;
