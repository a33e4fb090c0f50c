import { describe, expect, it } from 'vitest';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import { searchLiaisons } from '../../../utils/registry/search-liaisons';

const prepared = prepareRegistry(loadBuiltinRegistry());
const names = (query: string) => searchLiaisons(prepared, query).map((hit) => hit.liaison.name);

describe('searchLiaisons over the built-in registry', () => {
  it.each([
    ['a full name', 'Sandister Tei', ['Sandister Tei']],
    ['a name without its accents', 'benoit', ['Benoît Evellin']],
    ['a name with different accents and case', 'JÖNSSON', ['Johan Jönsson']],
    ['a product', 'wikidata', ['Benedict Udeh']],
    ['a product in two people’s lists', 'abstract wikipedia', ['Luca Martinelli', 'Nick Wilson']],
    ['a word of a product', 'temporary', ['Sherry Snyder', 'Szymon Grabarczuk']],
    ['two words that must both match', 'tech news nick', ['Nick Wilson']],
    ['nothing', 'zzzz', []],
  ])('finds %s', (_name, query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('ranks the person supporting a team by name above those matching its words here and there', () => {
    expect(names('community tech')[0]).toBe('Sandister Tei');
    expect(searchLiaisons(prepared, 'community tech')[0]?.matchedOn).toEqual(['product', 'team', 'role']);
  });

  it('orders equal matches by name', () => {
    expect(names('tech news')).toEqual(['Benoît Evellin', 'Johan Jönsson', 'Nick Wilson']);
  });

  it('says which fields matched', () => {
    expect(searchLiaisons(prepared, 'sandister')[0]?.matchedOn).toEqual(['name']);
  });

  it('lists everyone by name for an empty query', () => {
    const all = names('   ');
    expect(all).toHaveLength(12);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b)));
  });

  it('answers quickly for a huge query', () => {
    expect(names('a '.repeat(100_000))).toEqual(expect.any(Array));
  });
});
