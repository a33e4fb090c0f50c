import { describe, expect, it } from 'vitest';
import { grantsView } from '../../../utils/view/grants';
import { rapidGrantsOwnership } from './fixtures';

describe('grantsView', () => {
  const view = grantsView(
    rapidGrantsOwnership.programmes,
    [
      { title: 'Grants:Project/Rapid', exists: true, programmeId: 'programme:rapid-grants', via: 'link' },
      { title: 'Grants:IdeaLab/Old idea', exists: false, programmeId: null, via: 'link' },
      { title: 'Grants:TPS', exists: null, programmeId: 'programme:not-related', via: 'search' },
    ],
    'meta.wikimedia.org',
  );

  it('puts the programme the page is about first, with what replaced it', () => {
    expect(view.programmes.map(({ name, status, current }) => [name, status, current?.name ?? null])).toEqual([['Rapid Grants', 'historical', 'Rapid Fund']]);
    expect(view.programmes[0]?.current?.href).toBe('https://meta.wikimedia.org/wiki/Grants:Project/Rapid');
  });

  it('lists the other programmes the team runs apart, current ones first', () => {
    const all = grantsView([...rapidGrantsOwnership.programmes].reverse().map((programme) => ({ ...programme, relation: 'runs' as const })), [], 'meta.wikimedia.org');
    expect(all.teamProgrammes.map(({ name }) => name)).toEqual(['General Support Fund', 'Rapid Grants']);
    expect(all.programmes).toEqual([]);
  });

  it('links programme contacts as mailto:', () => {
    expect(view.teamProgrammes[0]?.contacts).toEqual([
      { address: 'communityresources@wikimedia.org', purpose: 'questions', href: 'mailto:communityresources@wikimedia.org' },
    ]);
  });

  it.each([
    ['Grants:Project/Rapid', 'https://meta.wikimedia.org/wiki/Grants:Project/Rapid', true, 'Rapid Grants'],
    ['Grants:IdeaLab/Old idea', 'https://meta.wikimedia.org/wiki/Grants:IdeaLab/Old_idea', false, null],
    ['Grants:TPS', 'https://meta.wikimedia.org/wiki/Grants:TPS', null, null],
  ])('linked page %s', (title, href, exists, programme) => {
    expect(view.pages.find((page) => page.title === title)).toEqual({ title, href, exists, programme });
  });
});
