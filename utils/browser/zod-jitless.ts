import { config } from 'zod/mini';

/**
 * Every extension context runs under `script-src 'self'`. Unless told otherwise, zod tries
 * `new Function` when it builds its first object schema, to see whether it may compile fast
 * parsers; the policy blocks that and reports a violation each time a page or the service
 * worker starts. Each entry point that builds schemas imports this module first, before
 * anything builds one. The side panel builds none and leaves it out (docs/PERFORMANCE.md).
 */
config({ jitless: true });
