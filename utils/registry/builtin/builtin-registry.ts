import { checkIntegrity } from '../integrity';
import { deepFreeze } from '../freeze';
import { registrySchema } from '../schema';
import type { Registry } from '../schema';
import registryJson from './registry.json';

let cached: Registry | undefined;

/**
 * The registry shipped with the extension, validated like an on-wiki one. It is the answer of
 * last resort, so a broken copy must fail loudly in tests rather than quietly in the panel.
 */
export function loadBuiltinRegistry(): Registry {
  if (cached !== undefined) return cached;
  const parsed = registrySchema.safeParse(registryJson);
  if (!parsed.success) throw new Error(`Built-in registry is invalid: ${parsed.error.message}`);
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) throw new Error(`Built-in registry is inconsistent: ${problems.join(' ')}`);
  cached = deepFreeze(parsed.data);
  return cached;
}
