/**
 * The wiki every rule applies to unless it names another. A module of its own, free of zod, so
 * the side panel can link to Meta without loading the registry schema.
 */
export const defaultRuleWiki = 'meta.wikimedia.org';
