import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../utils/i18n/translator';
import { englishMessages } from '../../../utils/i18n/message-files';
import { resolveInstant } from '../../../utils/ownership/resolve';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { badgeLabel } from '../../../utils/view/badge-label';
import { pathDiagramView } from '../../../utils/view/path-diagram';
import { formatPartialDate } from '../../../utils/view/relative-time';
import { certaintyQualifier, successorMapView } from '../../../utils/view/successor-map';
import { pageAt } from '../ownership/pages';

// The views over real answers of the built-in registry: the department this project is about,
// a split team, a part that follows its parent, and a team whose owner is stated outright.
const prepared = prepareRegistry(loadBuiltinRegistry());
const answer = (title: string) => resolveInstant(pageAt(title), prepared);
const { t } = createTranslator('en', { en: englishMessages });

describe('successorMapView', () => {
  const map = answer('Community Engagement').successorMap!;
  const view = successorMapView(map, 'en');

  it('says when the department was dissolved and when its teams had moved, as precisely as the source', () => {
    expect(view.summary).toEqual({ key: 'wayfinder-successors-dissolved-created-moved', params: ['Community Engagement', 'February 2015', 'November 2019', 'January 2020'] });
    expect(view.count).toEqual({ key: 'wayfinder-successors-count', params: [7, 11] });
    expect(view.leaders.map((leader) => leader.params)).toEqual([
      ['Luis Villa', 'February 2015'],
      ['Maggie Dennis', 'February 2016', 'January 2019'],
      ["Valerie D'Costa", 'January 2019', 'November 2019'],
    ]);
  });

  it('gives each part a directory link, a hedge where the claim is not stated, and a contact', () => {
    const idea = view.rows.find((row) => row.path.at(-1) === 'IdeaLab campaigns')!;
    expect(idea.now).toMatchObject({ name: 'Community Resources', department: 'Advancement', href: '/directory.html?team=team%3Acommunity-resources' });
    expect(idea.qualifier).toEqual({ key: 'wayfinder-owner-qualifier-indirect', params: [] });
    expect(idea.contact).toMatchObject({ kind: 'email', label: 'communityresources@wikimedia.org', href: 'mailto:communityresources@wikimedia.org' });
    expect(idea.sources.length).toBeGreaterThan(0);
  });

  it('says why a part has no team, in the words of the reason that stopped its walk', () => {
    const developers = view.rows.find((row) => row.path.at(-1) === 'Developer Relations')!;
    expect(developers.now).toBeNull();
    expect(developers.qualifier).toBeNull();
    expect(developers.unknownReason).toEqual({ key: 'wayfinder-reason-owner-status-unknown', params: ['Wikimedia Technical Engagement'] });
  });

  it('words a split without a date, and one with it', () => {
    expect(successorMapView(answer('Community Programs team').successorMap!, 'en').summary).toEqual({ key: 'wayfinder-successors-split', params: ['Programs'] });
    expect(successorMapView(answer('Program Capacity and Learning').successorMap!, 'en').summary).toEqual({ key: 'wayfinder-successors-split-dated', params: ['Program Capacity and Learning', 'July 2016'] });
  });
});

describe('pathDiagramView', () => {
  it('draws the department, then each team that holds its work once, and counts the unknown parts', () => {
    const diagram = pathDiagramView(answer('Community Engagement'))!;
    expect(diagram.then).toMatchObject({ name: 'Community Engagement', href: '/directory.html?team=team%3Acommunity-engagement' });
    expect(diagram.now.map((node) => node.name)).toEqual([
      'Movement Insights',
      'Education',
      'Content Enablement',
      'Community Resources',
      'Community Development',
      'Trust and Safety',
      'Community Relations Specialists',
    ]);
    expect(diagram.unknownParts).toBe(1);
  });

  it('draws a part that follows its parent, hedged, with the teams between counted', () => {
    const diagram = pathDiagramView(answer('Grants:IdeaLab'))!;
    expect(diagram.then.name).toBe('IdeaLab campaigns');
    expect(diagram.between).toBe(1);
    expect(diagram.now).toEqual([expect.objectContaining({ name: 'Community Resources', qualifier: { key: 'wayfinder-owner-qualifier-indirect', params: [] } })]);
  });

  it('draws nothing when the page’s team is today’s owner, or when no team is known', () => {
    expect(pathDiagramView(answer('Trust and Safety'))).toBeNull();
    expect(pathDiagramView(answer('Main Page'))).toBeNull();
  });
});

describe('badgeLabel', () => {
  it.each([
    ['Community Engagement', 'Now: 7 teams'],
    ['Technical Collaboration', 'Now: 1 team'],
    ['Grants:IdeaLab', 'Now: probably Community Resources'],
    ['Learning and Evaluation', 'Now: probably Movement Insights'],
    ['Grants:TPS', 'Now: Community Resources'],
    ['The Wikipedia Library', 'Now: probably Content Enablement'],
    ['Research:Index', 'Now: owner unknown'],
  ])('%s: %s', (title, label) => {
    expect(badgeLabel(answer(title), t)).toBe(label);
  });
});

describe('dates and hedges', () => {
  it.each([
    ['2019', '2019'],
    ['2019-11', 'November 2019'],
    ['2019-11-15', 'Nov 15, 2019'],
  ])('formats %s as %s', (date, text) => expect(formatPartialDate(date, 'en')).toBe(text));

  it('hedges only what is not stated', () => {
    expect(certaintyQualifier('stated')).toBeNull();
    expect(certaintyQualifier('unknown')).toBeNull();
    expect(certaintyQualifier('unverified')).toEqual({ key: 'wayfinder-owner-qualifier-unverified', params: [] });
  });
});
