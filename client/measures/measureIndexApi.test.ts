import { describe, expect, it } from 'vitest';
import { matchRoute } from '../router/matchRoute';
import { citationCountLabel, measurePath } from './measureIndexApi';

describe('citationCountLabel', () => {
  it('says the counts in French, singular and plural', () => {
    expect(citationCountLabel({ passages: 14, documents: 6 })).toBe('14 passages dans 6 comptes-rendus');
    expect(citationCountLabel({ passages: 1, documents: 1 })).toBe('1 passage dans 1 compte-rendu');
    expect(citationCountLabel({ passages: 0, documents: 0 })).toBe('aucun passage');
  });

  it('builds the page address the router reads', () => {
    expect(measurePath('pan-teh-2014-2016', 22)).toBe('/mesures/pan-teh-2014-2016/22');
  });
});

describe('the measure page address', () => {
  it('is read back by the router, and nothing else is taken for it', () => {
    expect(matchRoute(measurePath('pan-teh-2014-2016', 22))).toEqual({ page: 'measure', planId: 'pan-teh-2014-2016', number: 22 });
    for (const path of ['/mesures/pan/0', '/mesures/pan/22x', '/mesures/PAN/22', '/mesures/pan/10001', '/mesures/pan']) {
      expect(matchRoute(path), path).toEqual({ page: 'notFound' });
    }
  });
});
