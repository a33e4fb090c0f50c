import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../utils/i18n/translator';
import { englishMessages, loadMessageFiles } from '../../../utils/i18n/message-files';
import type { LineageStep } from '../../../utils/ownership/ownership';
import { lineageView } from '../../../utils/view/lineage';

const { t } = createTranslator('en', { en: englishMessages });
const step = (name: string, department: string | null, from: string, to?: string, certainty: LineageStep['certainty'] = 'stated'): LineageStep => ({
  team: `team:${name.toLowerCase().replace(/\W+/g, '-')}`,
  via: 'renamed',
  name,
  department,
  from,
  ...(to === undefined ? {} : { to }),
  certainty,
  sources: [],
});

describe('lineageView', () => {
  it.each([
    {
      msg: 'the Trust and Safety example from the issue',
      chain: [step('Support and Safety', 'Community Engagement', '2016', '2019-11'), step('Trust and Safety', 'Legal', '2019-11')],
      text: 'Community Engagement · Support and Safety 2016–2019 → Legal · Trust and Safety since 2019',
    },
    {
      msg: 'an undated start is said in words, never a guess and never "unknown–"',
      chain: [step('Community Resources', 'Advancement', 'unknown')],
      text: 'Advancement · Community Resources since a date not known',
    },
    {
      msg: 'a team without a known department shows the team alone',
      chain: [step('The Wikipedia Library', null, 'unknown', '2019')],
      text: 'The Wikipedia Library until 2019, since a date not known',
    },
    {
      msg: 'a known start with an end no source dates',
      chain: [step('Programs', 'Community Engagement', '2016', 'unknown')],
      text: 'Community Engagement · Programs from 2016 to a date not known',
    },
    {
      msg: 'neither end dated',
      chain: [step('Programs', null, 'unknown', 'unknown')],
      text: 'Programs dates not known',
    },
    { msg: 'an empty chain', chain: [], text: '' },
  ])('$msg', ({ chain, text }) => {
    expect(lineageView(chain, t).text).toBe(text);
  });

  it('marks the last step and every step no source states', () => {
    const view = lineageView([step('A', null, '2016', '2019'), step('B', 'Legal', '2019', undefined, 'unverified')], t);
    expect(view.items.map(({ isLast, uncertain }) => ({ isLast, uncertain }))).toEqual([
      { isLast: false, uncertain: false },
      { isLast: true, uncertain: true },
    ]);
  });

  it('reads the arrow from the translation, so right-to-left languages can turn it', async () => {
    const hebrew = createTranslator('he', await loadMessageFiles('he'));
    const view = lineageView([step('A', null, '2016', '2019'), step('B', null, '2019')], hebrew.t);
    expect(view.text).toContain(hebrew.t('wayfinder-lineage-separator'));
  });
});
