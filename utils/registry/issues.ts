import type { z } from 'zod';

function describePath(path: readonly PropertyKey[], document: unknown): string {
  let text = '';
  let node: unknown = document;
  for (const key of path) {
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
    // Name the entity by its id too: "teams[12]" alone is hard to find on a long page.
    const id = typeof node === 'object' && node !== null ? (node as { id?: unknown }).id : undefined;
    if (typeof key === 'number' && typeof id === 'string' && id.length <= 80) text += ` (${id})`;
  }
  return text === '' ? 'The registry' : text;
}

/** Schema problems as sentences an editor can find on the page: where, then what. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], document: unknown): string[] {
  return issues.map((issue) => `${describePath(issue.path, document)}: ${issue.message}`);
}
