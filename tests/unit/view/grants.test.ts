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
    'en',
  );

  it('puts the programme the page is about first, with what replaced it', () => {
    expect(view.programmes.map(({ name, status, current }) => [name, status, current?.name ?? null])).toEqual([['Rapid Grants', 'historical', 'Rapid Fund']]);
    expect(view.programmes[0]?.current?.href).toBe('https://meta.wikimedia.org/wiki/Grants:Project/Rapid');
  });

  it('lists the other programmes the team runs apart, current ones first', () => {
    const all = grantsView([...rapidGrantsOwnership.programmes].reverse().map((programme) => ({ ...programme, relation: 'runs' as const })), [], 'meta.wikimedia.org', 'en');
    expect(all.teamProgrammes.map(({ name }) => name)).toEqual(['General Support Fund', 'Rapid Grants']);
    expect(all.programmes).toEqual([]);
  });

  it('writes out the closing date a source gives, and nothing where none does', () => {
    const closed = grantsView([{ ...rapidGrantsOwnership.programmes[0]!, closed: '2018-05-01' }], [], 'meta.wikimedia.org', 'en');
    expect(closed.programmes.concat(closed.teamProgrammes)[0]?.closed).toBe('May 1, 2018');
    expect(view.programmes[0]?.closed).toBeNull();
  });

  it('links programme contacts as mailto:', () => {
    expect(view.teamProgrammes[0]?.contacts).toEqual([
      { address: 'communityresources@wikimedia.org', purpose: 'questions', href: 'mailto:communityresources@wikimedia.org' },
    ]);
  });

  it.each([
    ['Grants:Project/Rapid', 'https://meta.wikimedia.org/wiki/Grants:Project/Rapid', true, 'Rapid Grants'],
    ['Grants:IdeaLab/Old idea', 'https://meta.wikimedia.org/wiki/Grants:IdeaLab/Old_idea', false, null],
  ])('linked page %s', (title, href, exists, programme) => {
    expect(view.linkedPages.find((page) => page.title === title)).toEqual({ title, href, exists, programme });
  });

  it('counts only the pages the page links as linked; what a search found is listed apart', () => {
    expect(view.linkedPages.map((page) => page.title)).toEqual(['Grants:Project/Rapid', 'Grants:IdeaLab/Old idea']);
    expect(view.foundPages).toEqual([{ title: 'Grants:TPS', href: 'https://meta.wikimedia.org/wiki/Grants:TPS', exists: null, programme: null }]);
  });
});
