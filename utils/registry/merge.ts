import { checkIntegrity, duplicateProblems } from './integrity';
import type { Registry } from './schema';

export type MergeResult =
  | { ok: true; registry: Registry; warnings: string[] }
  | { ok: false; reasons: string[] };

function mergeEntities<T extends { id: string }>(base: readonly T[], overlay: readonly T[], removed: ReadonlySet<string>): T[] {
  const replacements = new Map(overlay.map((entity) => [entity.id, entity]));
  const baseIds = new Set(base.map((entity) => entity.id));
  return [
    ...base.filter((entity) => !removed.has(entity.id)).map((entity) => replacements.get(entity.id) ?? entity),
    ...overlay.filter((entity) => !baseIds.has(entity.id)),
  ];
}

function allIds(registry: Registry): string[] {
  return [registry.teams, registry.rules, registry.programmes, registry.liaisons, registry.bodies, registry.quickLinks].flatMap((entities) =>
    entities.map((entity) => entity.id),
  );
}

/**
 * The overlay (the on-wiki registry) laid over the base (the built-in one). An overlay entity
 * replaces the base entity with the same id as a whole, never field by field, so a partial
 * edit cannot leave half of an old team behind; new ids are added after the base's. An id in
 * the overlay's `remove` list withdraws that base entity. The result must be sound on its own:
 * withdrawing a team that rules still name is refused, not patched.
 */
export function mergeRegistries(base: Registry, overlay: Registry): MergeResult {
  const removed = new Set(overlay.remove);
  const overlayIds = new Set(allIds(overlay));
  const baseIds = new Set(allIds(base));
  const conflicts = overlay.remove
    .filter((id) => overlayIds.has(id))
    .map((id) => `The on-wiki registry both removes and defines ${id}.`);
  const reasons = [...duplicateProblems(overlay), ...conflicts];
  if (reasons.length > 0) return { ok: false, reasons };

  const registry: Registry = {
    version: overlay.version,
    updated: overlay.updated > base.updated ? overlay.updated : base.updated,
    teams: mergeEntities(base.teams, overlay.teams, removed),
    rules: mergeEntities(base.rules, overlay.rules, removed),
    programmes: mergeEntities(base.programmes, overlay.programmes, removed),
    liaisons: mergeEntities(base.liaisons, overlay.liaisons, removed),
    bodies: mergeEntities(base.bodies, overlay.bodies, removed),
    quickLinks: mergeEntities(base.quickLinks, overlay.quickLinks, removed),
    remove: [],
  };
  const problems = checkIntegrity(registry);
  if (problems.length > 0) return { ok: false, reasons: problems };
  const warnings = overlay.remove
    .filter((id) => !baseIds.has(id))
    .map((id) => `The on-wiki registry removes ${id}, which the built-in registry does not have.`);
  return { ok: true, registry, warnings };
}
