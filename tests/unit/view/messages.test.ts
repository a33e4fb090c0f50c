import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reasonCodeSchema } from '../../../utils/ownership/ownership';
import { dataPartSchema } from '../../../utils/report/page-report';
import { wikiApiFailureSchema } from '../../../utils/wiki-api/errors';

// Every message key the view models build from data codes must exist in English.
const english: Record<string, unknown> = JSON.parse(readFileSync('i18n/en.json', 'utf8'));

describe('message keys built from codes', () => {
  it.each([
    ...reasonCodeSchema.options.map((code) => `wayfinder-reason-${code}`),
    ...dataPartSchema.options.map((part) => `wayfinder-part-${part}`),
    ...wikiApiFailureSchema.options.map((option) => `wayfinder-failure-${option.shape.reason.value}`),
    ...['exact', 'rule', 'inferred', 'unknown'].map((level) => `wayfinder-confidence-${level}`),
    ...['indirect', 'unverified', 'unknown'].map((certainty) => `wayfinder-certainty-${certainty}`),
    ...['active', 'historical', 'unknown'].map((status) => `wayfinder-team-status-${status}`),
    ...['active', 'historical', 'unknown'].map((status) => `wayfinder-grants-status-${status}`),
    ...['email', 'talk-page', 'phabricator', 'chat'].map((kind) => `wayfinder-contact-${kind}`),
  ])('%s', (key) => {
    expect(typeof english[key]).toBe('string');
  });
});
