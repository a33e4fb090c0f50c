import { config } from 'zod/mini';

/**
 * Every extension context runs under `script-src 'self'`. Unless told otherwise, zod tries
 * `new Function` when it builds its first object schema, to see whether it may compile fast
 * parsers; the policy blocks that and reports a violation each time a page or the service
 * worker starts. Each entry point imports this module first, before anything builds a schema.
 */
config({ jitless: true });
