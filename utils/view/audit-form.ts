import { z } from 'zod';
import { auditInputSchema, maxCategoryDepth, type AuditInput, type AuditInputKind } from '../audit/audit-input';
import { parsePastedTitles, type PastedTitles } from '../audit/pasted-titles';

/** The kinds in the form's order: the order of the input schema. */
export const auditKinds: readonly AuditInputKind[] = auditInputSchema.options.map((option) => option.shape.kind.value);

export const defaultAuditHost = 'meta.wikimedia.org';

const kindSchema = z.enum(auditKinds as [AuditInputKind, ...AuditInputKind[]]);

/**
 * What the form's fields hold, as typed: every field of every kind at once, so switching kinds
 * keeps what was typed, and numbers as text until they are read (a half-typed field is no
 * number yet). The query string (utils/view/audit-link.ts) fills the same fields.
 */
export const auditFormSchema = z.strictObject({
  kind: kindSchema,
  host: z.string(),
  category: z.string(),
  depth: z.string(),
  namespace: z.string(),
  prefix: z.string(),
  target: z.string(),
  titles: z.string(),
  team: z.string(),
});
export type AuditForm = z.infer<typeof auditFormSchema>;
export type AuditFormField = Exclude<keyof AuditForm, 'kind'>;

export const emptyAuditForm: AuditForm = {
  kind: 'category',
  host: defaultAuditHost,
  category: '',
  depth: '0',
  namespace: '0',
  prefix: '',
  target: '',
  titles: '',
  team: '',
};

/** The depths the form offers, 0 to the deepest the schema allows. */
export const auditDepths: readonly number[] = Array.from({ length: maxCategoryDepth + 1 }, (_, depth) => depth);

const queryFields: readonly AuditFormField[] = ['host', 'category', 'depth', 'namespace', 'prefix', 'target', 'team'];

/**
 * The form as a link left it (`?host=…&kind=category&category=…&depth=1`). Anything the query
 * does not say, or says wrongly (an unknown kind), keeps its default: a link never breaks the
 * form, and the checks on starting tell what is wrong with its values. The pasted list is never
 * in a link (it can be 10,000 lines).
 */
export function auditFormFromQuery(search: string): AuditForm {
  const query = new URLSearchParams(search);
  const form: AuditForm = { ...emptyAuditForm };
  const kind = kindSchema.safeParse(query.get('kind'));
  if (kind.success) form.kind = kind.data;
  for (const field of queryFields) {
    const value = query.get(field);
    if (value !== null) form[field] = value.trim();
  }
  if (form.host === '') form.host = defaultAuditHost;
  return form;
}

/** The fields each kind reads, besides the host. */
const kindFields: Readonly<Record<AuditInputKind, readonly AuditFormField[]>> = {
  category: ['category', 'depth'],
  prefix: ['namespace', 'prefix'],
  'links-to': ['target'],
  transcludes: ['target'],
  titles: ['titles'],
  team: ['team'],
};

export function auditKindFields(kind: AuditInputKind): readonly AuditFormField[] {
  return kindFields[kind];
}

// Number('') is 0 and Number(' 3 ') is 3: only digits are a number here.
const wholeNumber = (text: string): number => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** A pasted category, page or template may come with its namespace or not: the API wants it. */
function withNamespace(title: string, namespace: string): string {
  const trimmed = title.trim();
  return trimmed === '' || trimmed.toLowerCase().startsWith(`${namespace.toLowerCase()}:`) ? trimmed : `${namespace}:${trimmed}`;
}

function candidate(form: AuditForm, titles: string[]): unknown {
  const host = form.host.trim();
  switch (form.kind) {
    case 'category':
      return { kind: 'category', host, category: withNamespace(form.category, 'Category'), depth: wholeNumber(form.depth) };
    case 'prefix':
      return { kind: 'prefix', host, namespace: wholeNumber(form.namespace), prefix: form.prefix.trim() };
    case 'links-to':
    case 'transcludes':
      return { kind: form.kind, host, target: form.target.trim() };
    case 'titles':
      return { kind: 'titles', host, titles };
    case 'team':
      return { kind: 'team', host, team: form.team.trim() };
  }
}

export type AuditFormResult =
  | { ok: true; input: AuditInput; pasted: PastedTitles | null }
  /** `invalid`: the fields whose values the schema refused, in the form's order. */
  | { ok: false; invalid: AuditFormField[]; pasted: PastedTitles | null };

/**
 * The audit the form asks for, checked by the same schema the background checks it with, or the
 * fields that are wrong. For a pasted list, what parsePastedTitles made of it, so the form can
 * show the lines it left out and whether the list was cut.
 */
export function auditInputFromForm(form: AuditForm): AuditFormResult {
  const pasted = form.kind === 'titles' ? parsePastedTitles(form.titles, form.host.trim()) : null;
  const parsed = auditInputSchema.safeParse(candidate(form, pasted?.titles ?? []));
  if (parsed.success) return { ok: true, input: parsed.data, pasted };
  // The schema's keys are the form's field names.
  const named = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
  const fields: AuditFormField[] = ['host', ...kindFields[form.kind]];
  return { ok: false, invalid: fields.filter((field) => named.has(field)), pasted };
}
