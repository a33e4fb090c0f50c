import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { loadBuiltinRegistry } from '../registry/builtin/builtin-registry';
import { diffRegistries } from '../registry/diff';
import { mergeRegistries } from '../registry/merge';
import { parseRegistryJson } from '../registry/parse';
import { prepareRegistry, type PreparedRegistry } from '../registry/prepare';
import { registryRevisionSchema, wikiPageRefSchema, type Registry, type RegistryRevision, type WikiPageRef } from '../registry/schema';
import type { RegistryStatus } from './page-report';

/**
 * The registry in use: the built-in one, with the last good copy of the on-wiki page laid
 * over it. A page that fails validation never replaces the last good copy; the refusal is
 * kept beside it so the panel can say why. A deleted page does not either: its copy stays in
 * use, and the deletion is kept beside it.
 */

const storedPageSchema = z.object({ raw: z.string(), revision: registryRevisionSchema, fetchedAt: z.string() });
type StoredPage = z.infer<typeof storedPageSchema>;

const storedProblemSchema = z.object({
  reasons: z.array(z.string()),
  revisionId: z.number().int().nullable(),
  at: z.string(),
});
const largeChangeSchema = z.object({
  revisionId: z.number().int(),
  user: z.string().nullable(),
  changedTeams: z.number().int(),
  changedContacts: z.number().int(),
});

/** The page the last good copy came from no longer exists (the copy's own source names it). */
const storedGoneSchema = z.object({ source: wikiPageRefSchema, deletedAt: z.string().nullable() });

const lastGoodPage = storage.defineItem<unknown>('local:registry.lastGood', { fallback: null, version: 1 });
const lastProblem = storage.defineItem<unknown>('local:registry.problem', { fallback: null, version: 1 });
const lastLargeChange = storage.defineItem<unknown>('local:registry.largeChange', { fallback: null, version: 1 });
const lastGone = storage.defineItem<unknown>('local:registry.gone', { fallback: null, version: 1 });
/** Every stored part the registry in use is made from: a change to any one changes it. */
const storedParts = [lastGoodPage, lastProblem, lastLargeChange, lastGone];

export interface LoadedRegistry {
  prepared: PreparedRegistry;
  status: RegistryStatus;
}

let memo: { key: string; loaded: LoadedRegistry } | null = null;

function readStored<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Built-in registry merged with the stored on-wiki copy, prepared once per stored revision. */
export async function loadRegistry(): Promise<LoadedRegistry> {
  const [page, problem, largeChange, gone] = await Promise.all([
    lastGoodPage.getValue().then((value) => readStored(storedPageSchema, value)),
    lastProblem.getValue().then((value) => readStored(storedProblemSchema, value)),
    lastLargeChange.getValue().then((value) => readStored(largeChangeSchema, value)),
    lastGone.getValue().then((value) => readStored(storedGoneSchema, value)),
  ]);
  const key = JSON.stringify([page?.revision.revisionId ?? null, problem, largeChange, gone]);
  if (memo?.key === key) return memo.loaded;

  const overlay = page ? overlayOf(page) : null;
  const inUse = page && overlay?.ok ? { page, registry: overlay.registry } : null;
  const reasons = [...(problem?.reasons ?? []), ...(overlay && !overlay.ok ? overlay.reasons : [])];
  const revision = inUse?.page.revision;
  const loaded: LoadedRegistry = {
    prepared: prepareRegistry(inUse?.registry ?? loadBuiltinRegistry()),
    status: {
      source: inUse ? 'on-wiki' : 'built-in',
      builtinVersion: loadBuiltinRegistry().updated,
      onWiki: revision
        ? { host: revision.source.host, title: revision.source.title, revisionId: revision.revisionId, user: revision.user, timestamp: revision.timestamp }
        : null,
      problem: reasons.length > 0 ? { reasons, keptRevisionId: revision?.revisionId ?? null } : null,
      largeChange: largeChange && revision?.revisionId === largeChange.revisionId ? largeChange : null,
      deleted: gone && revision && samePage(gone.source, revision.source) ? { at: gone.deletedAt } : null,
    },
  };
  memo = { key, loaded };
  return loaded;
}

/**
 * loadRegistry for the background, which answers every page view from it: read from storage
 * once, and again only after one of its stored parts has changed. Each read is four storage
 * round trips through the browser's main thread, a few ms before every instant answer
 * (docs/PERFORMANCE.md).
 */
export function keepLoadedRegistry(): () => Promise<LoadedRegistry> {
  let kept: Promise<LoadedRegistry> | null = null;
  const forget = () => (kept = null);
  for (const item of storedParts) item.watch(forget);
  return () =>
    (kept ??= loadRegistry().catch((error: unknown) => {
      kept = null;
      throw error;
    }));
}

/**
 * loadRegistry for a page that shows the registry (the popup, the team directory): now, and
 * again each time a stored part changes, such as the on-wiki copy the background stores a moment
 * after install, often while a page that has just opened reads the built-in one. Only the newest
 * read is delivered. Returns the function that stops following.
 */
export function followRegistry(onLoaded: (loaded: LoadedRegistry) => void, onFailed: (error: unknown) => void): () => void {
  let newest = 0;
  const read = () => {
    const ticket = ++newest;
    loadRegistry().then(
      (loaded) => {
        if (ticket === newest) onLoaded(loaded);
      },
      (error: unknown) => {
        if (ticket === newest) onFailed(error);
      },
    );
  };
  const stops = storedParts.map((item) => item.watch(read));
  read();
  return () => stops.forEach((stop) => stop());
}

function overlayOf(page: StoredPage): { ok: true; registry: Registry } | { ok: false; reasons: string[] } {
  const parsed = parseRegistryJson(page.raw, page.revision, { base: loadBuiltinRegistry() });
  if (!parsed.ok) return parsed;
  return mergeRegistries(loadBuiltinRegistry(), parsed.registry);
}

function samePage(a: WikiPageRef, b: WikiPageRef): boolean {
  return a.host === b.host && a.title === b.title;
}

export interface FetchedRegistryPage {
  raw: string;
  revision: RegistryRevision;
}

/** The settings name a page that does not exist (or a title no page can have). */
export interface AbsentRegistryPage {
  /** The page as the wiki spells it, after its normalisation and redirects. */
  absent: WikiPageRef;
  /** When the wiki's deletion log says the page was deleted; null when it says nothing. */
  deletedAt: string | null;
}

/**
 * Takes a freshly fetched on-wiki registry page and keeps it when it is valid. A valid page
 * that changes many teams or contacts at once is still used, but flagged with its revision
 * and author so users can judge it. When the page does not exist, a copy of that same page is
 * kept in use and marked as gone; a copy of any other page is dropped, so it is never shown as
 * this page's: a wiki that never set a registry page up gets the built-in one, quietly.
 */
export async function storeFetchedRegistry(fetched: FetchedRegistryPage | AbsentRegistryPage, nowIso: string): Promise<void> {
  const previous = readStored(storedPageSchema, await lastGoodPage.getValue());
  if ('absent' in fetched) {
    if (previous && samePage(previous.revision.source, fetched.absent)) {
      // A refusal was of a revision deleted with the page; the copy in use is what remains.
      await Promise.all([lastGone.setValue({ source: fetched.absent, deletedAt: fetched.deletedAt }), lastProblem.setValue(null)]);
      return;
    }
    await Promise.all([lastGoodPage.setValue(null), lastProblem.setValue(null), lastLargeChange.setValue(null), lastGone.setValue(null)]);
    return;
  }
  // The page exists (again): whatever was said of its deletion no longer holds.
  await lastGone.setValue(null);
  if (previous?.revision.revisionId === fetched.revision.revisionId && previous.raw === fetched.raw) {
    // The page is the copy already in use (the settings pointed elsewhere and back, or a bad
    // revision was deleted): an earlier refusal no longer describes it.
    await lastProblem.setValue(null);
    return;
  }
  const candidate: StoredPage = { ...fetched, fetchedAt: nowIso };
  const overlay = overlayOf(candidate);
  if (!overlay.ok) {
    await lastProblem.setValue({ reasons: overlay.reasons, revisionId: fetched.revision.revisionId, at: nowIso });
    return;
  }
  const before = previous ? overlayOf(previous) : null;
  const diff = diffRegistries(before?.ok ? before.registry : loadBuiltinRegistry(), overlay.registry);
  await Promise.all([
    lastGoodPage.setValue(candidate),
    lastProblem.setValue(null),
    lastLargeChange.setValue(
      diff.large
        ? {
            revisionId: fetched.revision.revisionId,
            user: fetched.revision.user,
            changedTeams: diff.teams.added.length + diff.teams.changed.length + diff.teams.removed.length,
            changedContacts: diff.contacts.changed.length,
          }
        : null,
    ),
  ]);
}
