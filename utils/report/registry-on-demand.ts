import type { LoadedRegistry } from './registry-store';

/**
 * The registry, for the popup's liaison finder and quick links and for the team directory.
 * Loaded by a dynamic import, so the side panel (which imports utils/report/client.ts too)
 * never ships the registry, its schemas or zod.
 */
export async function loadRegistry(): Promise<LoadedRegistry> {
  const store = await import('./registry-store');
  return store.loadRegistry();
}
