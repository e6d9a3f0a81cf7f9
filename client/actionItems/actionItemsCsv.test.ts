import { describe, expect, it } from 'vitest';
import type { ActionItemView } from '../../shared/api/actionItems';
import { actionItemsCsv } from './actionItemsCsv';

const item: ActionItemView = {
  id: 'europe',
  text: 'Faire le point ; "vite"\navec l’Europe',
  owners: ['Hors la Rue', 'Amicale du Nid'],
  due: '2014-01-15',
  status: 'open',
  overdue: true,
  documentId: 'janvier',
  document: { documentId: 'janvier', title: 'Réunion du 31 janvier 2014', meetingDate: '2014-01-31', seriesId: 's', validated: false },
  origin: { documentId: 'novembre', title: null, meetingDate: null },
  ours: false,
};

describe('CSV export of the « À suivre » list', () => {
  it('opens in Excel in French: BOM, « ; » between fields, French headers, quoted fields, CRLF', () => {
    const csv = actionItemsCsv([item]);
    expect(csv.startsWith('\uFEFFPoint à suivre;Porteurs;Échéance;Statut;En retard;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('"Faire le point ; ""vite""\navec l’Europe";Hors la Rue, Amicale du Nid;2014-01-15;À faire;oui;;;Réunion du 31 janvier 2014');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
