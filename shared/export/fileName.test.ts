import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';
import { sampleMinutes } from './testing/sampleMinutes';

describe('exportFileName', () => {
  it('names the file by meeting date and collective, sortable and without accents', () => {
    const { meta } = sampleMinutes();
    expect(exportFileName(meta, 'internal', 'odt')).toBe('2013-11-22-compte-rendu-ensemble-contre-la-traite.odt');
    expect(exportFileName(meta, 'external', 'pdf')).toBe('2013-11-22-compte-rendu-ensemble-contre-la-traite-version-externe.pdf');
    expect(exportFileName(meta, 'internal', 'md')).toMatch(/\.md$/);
  });

  it('uses a collective named without quotes, and the title when there is neither collective nor date', () => {
    expect(exportFileName({ title: 'x', meetingDate: '2014-01-31', collective: 'Collectif Île-de-France Égalité' }, 'internal', 'docx')).toBe(
      '2014-01-31-compte-rendu-ile-de-france-egalite.docx',
    );
    expect(exportFileName({ title: 'Compte-rendu de l’assemblée générale' }, 'internal', 'html')).toBe('compte-rendu-de-l-assemblee-generale.html');
    expect(exportFileName({ title: '<script>', collective: '../../etc/passwd' }, 'internal', 'odt')).toBe('compte-rendu-etc-passwd.odt');
  });
});
