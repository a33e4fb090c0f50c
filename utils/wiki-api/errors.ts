import { ApiErrors } from 'm3api/browser.js';
import { z } from 'zod';

/** Why a call to a wiki's API gave no answer, in terms the panel can state to the user. */
export const wikiApiFailureSchema = z.discriminatedUnion('reason', [
  /** The wiki could not be reached (no network, connection refused or dropped twice). */
  z.object({ reason: z.literal('offline') }),
  /** The call's time budget ran out (about 5 s for interactive calls). */
  z.object({ reason: z.literal('timeout'), afterMs: z.number().int().nonnegative() }),
  /** The wiki asked us to wait longer than the call may: try again after this time. */
  z.object({ reason: z.literal('rate-limited'), until: z.iso.datetime() }),
  /** The API answered with an error of its own; text is its plaintext message. */
  z.object({ reason: z.literal('wiki-error'), code: z.string(), text: z.string() }),
  /** The answer was not JSON or not of the expected shape. */
  z.object({ reason: z.literal('invalid-answer'), what: z.string() }),
  /** An HTTP status other than 200 that no retry could cure. */
  z.object({ reason: z.literal('http'), status: z.number().int() }),
  /** The caller no longer wanted the answer (the user left the page). */
  z.object({ reason: z.literal('aborted') }),
]);
export type WikiApiFailure = z.infer<typeof wikiApiFailureSchema>;

/** The one error type this layer throws; its failure is what callers show or store. */
export class WikiApiError extends Error {
  constructor(readonly failure: WikiApiFailure) {
    super(describeFailure(failure));
    this.name = 'WikiApiError';
  }
}

function describeFailure(failure: WikiApiFailure): string {
  switch (failure.reason) {
    case 'timeout':
      return `gave up after ${failure.afterMs} ms`;
    case 'rate-limited':
      return `rate limited until ${failure.until}`;
    case 'wiki-error':
      return `${failure.code}: ${failure.text}`;
    case 'invalid-answer':
      return `invalid answer: ${failure.what}`;
    case 'http':
      return `HTTP ${failure.status}`;
    default:
      return failure.reason;
  }
}

const apiErrorObjectSchema = z.object({ code: z.string(), text: z.string().optional() });

function firstApiError(errors: unknown): WikiApiFailure {
  const first = apiErrorObjectSchema.safeParse(Array.isArray(errors) ? errors[0] : undefined);
  if (!first.success) return { reason: 'invalid-answer', what: 'an API error without a code' };
  return { reason: 'wiki-error', code: first.data.code, text: first.data.text ?? first.data.code };
}

function describeZodIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unexpected shape';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'answer';
  return `${path}: ${issue.message}`;
}

/** Maps anything a call can throw to the reason the user is told. */
export function toWikiApiFailure(thrown: unknown): WikiApiFailure {
  if (thrown instanceof WikiApiError) return thrown.failure;
  if (thrown instanceof ApiErrors) return firstApiError(thrown.errors);
  if (thrown instanceof z.ZodError) return { reason: 'invalid-answer', what: describeZodIssues(thrown) };
  if (thrown instanceof SyntaxError) return { reason: 'invalid-answer', what: 'the answer is not JSON' };
  if (thrown instanceof Error && thrown.name === 'AbortError') return { reason: 'aborted' };
  // fetch() rejects with a TypeError when the network fails, in browsers and in Node alike.
  if (thrown instanceof TypeError) return { reason: 'offline' };
  const what = thrown instanceof Error ? thrown.message : String(thrown);
  return { reason: 'invalid-answer', what };
}
