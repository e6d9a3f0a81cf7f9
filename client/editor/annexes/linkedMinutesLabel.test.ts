import { describe, expect, it } from 'vitest';
import { annexLabelOf, linkedMinutesLabel } from './linkedMinutesLabel';

describe('annex labels (M12)', () => {
  it('M12: a linked compte-rendu is cited by its meeting date, else by its title', () => {
    expect(linkedMinutesLabel({ meta: { title: 'Réunion', meetingDate: '2013-10-18' } })).toBe('Compte-rendu de la réunion du 18 octobre 2013');
    expect(linkedMinutesLabel({ meta: { title: 'Réunion', meetingDate: '2013-12-01' } })).toBe('Compte-rendu de la réunion du 1er décembre 2013');
    expect(linkedMinutesLabel({ meta: { title: 'Atelier de Marseille' } })).toBe('Atelier de Marseille');
  });

  it('M12: a file name becomes one line within the bound', () => {
    expect(annexLabelOf(' Lettre\tministre.pdf ')).toBe('Lettre ministre.pdf');
    expect(annexLabelOf('x'.repeat(600))).toHaveLength(500);
  });
});
