import { describe, expect, it } from 'vitest';
import { groupByAssociation } from './groupByAssociation';

const at = (id: string, association: string, from: number) => ({ id, association, from });

describe('groupByAssociation', () => {
  it('orders groups by their first suggestion in the text, and suggestions by position', () => {
    const groups = groupByAssociation([
      at('c', 'Hors la Rue', 40),
      at('a', 'Amicale du Nid', 5),
      at('b', 'Hors la Rue', 12),
      at('d', 'Amicale du Nid', 30),
    ]);
    expect(groups.map((group) => group.association)).toEqual(['Amicale du Nid', 'Hors la Rue']);
    expect(groups[0]!.suggestions.map((s) => s.id)).toEqual(['a', 'd']);
    expect(groups[1]!.suggestions.map((s) => s.id)).toEqual(['b', 'c']);
  });

  it('puts the same association together whatever the spacing, and keeps those without one', () => {
    const groups = groupByAssociation([at('a', 'CCEM ', 1), at('b', '', 2), at('c', 'CCEM', 3)]);
    expect(groups).toEqual([
      { association: 'CCEM', suggestions: [at('a', 'CCEM ', 1), at('c', 'CCEM', 3)] },
      { association: '', suggestions: [at('b', '', 2)] },
    ]);
  });

  it('has no group without suggestions', () => {
    expect(groupByAssociation([])).toEqual([]);
  });
});
