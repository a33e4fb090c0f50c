import { describe, expect, it } from 'vitest';
import { pageReportSchema } from '../../../utils/report/page-report';
import { rapidGrantsOwnership, report, unknownOwnership } from './fixtures';

// The hand-made reports must stay in the shape the background really sends.
describe('view test fixtures', () => {
  it.each([
    ['Trust and Safety', report()],
    ['Rapid Grants', report({ ownership: rapidGrantsOwnership })],
    ['The Wikipedia Library', report({ ownership: unknownOwnership, teamPage: null })],
  ])('%s matches the page report schema', (_name, fixture) => {
    expect(pageReportSchema.safeParse(fixture).error?.issues ?? []).toEqual([]);
  });
});
