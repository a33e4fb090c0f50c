import type { LoadedRegistry } from './registry-store';

/**
 * The registry, for the popup's liaison finder and quick links and for the team directory: now,
 * and again after each change to its stored parts (registry-store.ts followRegistry). Loaded by
 * a dynamic import, so the side panel (which imports utils/report/client.ts too) never ships the
 * registry, its schemas or zod. A page follows it for its whole life.
 */
export function followRegistry(onLoaded: (loaded: LoadedRegistry) => void, onFailed: (error: unknown) => void): void {
  import('./registry-store').then((store) => store.followRegistry(onLoaded, onFailed), onFailed);
}
