import { describe, expect, it } from 'vitest';
import { associationsNotListed } from './associationsNotListed';

describe('associationsNotListed', () => {
  it('offers the collective’s associations not yet listed, ignoring case and accents, in French order', () => {
    const associations = ['Hors la Rue', 'Amicale du Nid', 'Équipe d’Action contre le Proxénétisme', 'ECPAT France', 'Armée du Salut'];
    expect(associationsNotListed(associations, ['amicale du nid', 'Hors la Rue'])).toEqual([
      'Armée du Salut',
      'ECPAT France',
      'Équipe d’Action contre le Proxénétisme',
    ]);
    expect(associationsNotListed(associations, ['Equipe d’action contre le proxenetisme'])).not.toContain(
      'Équipe d’Action contre le Proxénétisme',
    );
  });

  it('offers each name once and never an empty one', () => {
    expect(associationsNotListed(['CCEM', ' CCEM ', '  '], [])).toEqual(['CCEM']);
  });
});
