/**
 * The wikis whose pages may carry the in-page badge: where its content script runs
 * (wxt.config.ts), and the tabs the background tells when the badge setting changes.
 */
export const badgeMatchPatterns = ['https://meta.wikimedia.org/*', 'https://meta.m.wikimedia.org/*', 'https://www.mediawiki.org/*', 'https://outreach.wikimedia.org/*'];
