import { describe, expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition';

describe('contentDisposition', () => {
  it('gives an ASCII filename and the exact one as RFC 5987 filename*', () => {
    expect(contentDisposition('2013-11-22-compte-rendu-ensemble-contre-la-traite.odt')).toBe(
      'attachment; filename="2013-11-22-compte-rendu-ensemble-contre-la-traite.odt"; ' +
        "filename*=UTF-8''2013-11-22-compte-rendu-ensemble-contre-la-traite.odt",
    );
    expect(contentDisposition('Réunion « été » (1)\'s "x"\\.pdf')).toBe(
      'attachment; filename="Reunion _ ete _ (1)\'s _x__.pdf"; ' +
        "filename*=UTF-8''R%C3%A9union%20%C2%AB%20%C3%A9t%C3%A9%20%C2%BB%20%281%29%27s%20%22x%22%5C.pdf",
    );
  });
});
