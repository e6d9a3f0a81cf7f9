import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from './searchText';

describe('foldForSearch', () => {
  it('drops case and accents and unifies apostrophes', () => {
    expect(foldForSearch('À suivre')).toBe('a suivre');
    expect(foldForSearch('Comité Contre l’Esclavage')).toBe("comite contre l'esclavage");
  });
});

describe('matchesQuery', () => {
  it('matches when every typed word starts a word of the texts', () => {
    expect(matchesQuery('suiv', ['À suivre'])).toBe(true);
    expect(matchesQuery('la rue', ['Hors la Rue'])).toBe(true);
    expect(matchesQuery('genevieve', ['Secours Catholique', 'Geneviève Colas'])).toBe(true);
  });

  it('does not match inside a word or when one word is missing', () => {
    expect(matchesQuery('uivre', ['À suivre'])).toBe(false);
    expect(matchesQuery('hors paris', ['Hors la Rue'])).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery('', ['Annexes'])).toBe(true);
    expect(matchesQuery('  ', [])).toBe(true);
  });
});
