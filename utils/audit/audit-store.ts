import { z } from 'zod';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { auditRowSchema, type AuditRow } from './audit-row';
import { auditRunSchema, type AuditRun } from './audit-run';

/**
 * The one stored audit: its run under one key, its rows in chunks of 500 beside it, so a batch
 * rewrites one chunk and not every row. A run survives the page, the service worker and the
 * browser; starting another replaces it.
 */
const prefix = 'wayfinder-audit:';
const runKey: StorageItemKey = `local:${prefix}run`;
const chunkKey = (runId: string, index: number): StorageItemKey => `local:${prefix}rows:${runId}:${index}`;
export const rowsPerChunk = 500;

const chunkSchema = z.array(z.unknown());

/** The stored run, or null when there is none or it no longer validates (then its rows go too). */
export async function loadAuditRun(): Promise<AuditRun | null> {
  const parsed = auditRunSchema.safeParse(await storage.getItem(runKey));
  return parsed.success ? parsed.data : null;
}

/** The run's rows in order; a row that does not validate is left out rather than failing the rest. */
export async function loadAuditRows(run: AuditRun): Promise<AuditRow[]> {
  const chunks = Math.ceil(run.rows / rowsPerChunk);
  const keys = Array.from({ length: chunks }, (_, index) => chunkKey(run.id, index));
  const stored = keys.length === 0 ? [] : await storage.getItems(keys);
  return stored.flatMap(({ value }) => {
    const chunk = chunkSchema.safeParse(value);
    if (!chunk.success) return [];
    return chunk.data.flatMap((row) => {
      const parsed = auditRowSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  });
}

/**
 * Stores the run after a batch: the chunks its new rows fall in, then the run that counts them,
 * so a write cut short leaves the run pointing at rows that are all there.
 */
export async function saveAuditProgress(run: AuditRun, rows: readonly AuditRow[], added: number): Promise<void> {
  const first = Math.floor((rows.length - added) / rowsPerChunk);
  const last = Math.ceil(rows.length / rowsPerChunk);
  const items = [];
  for (let index = first; index < last; index++) {
    items.push({ key: chunkKey(run.id, index), value: rows.slice(index * rowsPerChunk, (index + 1) * rowsPerChunk) });
  }
  if (items.length > 0) await storage.setItems(items);
  await storage.setItem(runKey, run);
}

/** Removes the stored run and all its rows, of whatever run they were. */
export async function clearAuditRun(): Promise<void> {
  const everything = await storage.snapshot('local');
  const ours = Object.keys(everything).filter((key) => key.startsWith(prefix));
  await storage.removeItems(ours.map((key): StorageItemKey => `local:${key}`));
}
