import { describeIssues } from './issues';
import { registryLimits } from './limits';
import { mergeRegistries } from './merge';
import { jsonDepthUpTo, utf8LengthUpTo } from './raw-limits';
import { checkIntegrity } from './integrity';
import { registryRevisionSchema, registrySchema } from './schema';
import type { Registry, RegistryRevision } from './schema';
import { upgradeRegistryInput } from './upgrade';

export type ParseRegistryResult =
  | { ok: true; registry: Registry; revision: RegistryRevision; warnings: string[] }
  | { ok: false; reasons: string[] };

export interface ParseRegistryOptions {
  /** The registry the page will be merged over; references may point into it. */
  base?: Registry;
}

function capReasons(reasons: readonly string[]): string[] {
  const { reasons: cap } = registryLimits;
  if (reasons.length <= cap) return [...reasons];
  return [...reasons.slice(0, cap), `… and ${reasons.length - cap} more problems.`];
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

function rawProblem(raw: string): string | null {
  const { rawBytes, nestingDepth } = registryLimits;
  const bytes = utf8LengthUpTo(raw, rawBytes);
  if (bytes > rawBytes) return `The registry page is larger than the ${kilobytes(rawBytes)} limit.`;
  if (jsonDepthUpTo(raw, nestingDepth) > nestingDepth) return `The registry is nested deeper than ${nestingDepth} levels.`;
  return null;
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : '';
    return { ok: false, reason: `The registry page is not valid JSON${detail ? ` (${detail})` : ''}.` };
  }
}

/**
 * Reads the on-wiki registry page. Anyone can edit that page, so every check runs before any of
 * it is trusted, cheapest first: size and nesting on the raw text, then JSON, the schema, and
 * the references and cycles (against `base` when given, since the page may name built-in
 * entities). Never throws; a refusal lists reasons an editor can act on.
 */
export function parseRegistryJson(raw: string, meta: RegistryRevision, options: ParseRegistryOptions = {}): ParseRegistryResult {
  if (typeof raw !== 'string') return { ok: false, reasons: ['The registry page has no text.'] };
  const tooBig = rawProblem(raw);
  if (tooBig !== null) return { ok: false, reasons: [tooBig] };
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reasons: [json.reason] };

  const input = upgradeRegistryInput(json.value);
  const parsed = registrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, reasons: capReasons(describeIssues(parsed.error.issues, input)) };
  const revision = registryRevisionSchema.safeParse(meta);
  if (!revision.success) {
    return { ok: false, reasons: capReasons(describeIssues(revision.error.issues, meta).map((text) => `Revision data: ${text}`)) };
  }

  const registry = parsed.data;
  if (options.base === undefined) {
    const problems = checkIntegrity(registry);
    return problems.length > 0
      ? { ok: false, reasons: capReasons(problems) }
      : { ok: true, registry, revision: revision.data, warnings: [] };
  }
  const merged = mergeRegistries(options.base, registry);
  return merged.ok
    ? { ok: true, registry, revision: revision.data, warnings: capReasons(merged.warnings) }
    : { ok: false, reasons: capReasons(merged.reasons) };
}
