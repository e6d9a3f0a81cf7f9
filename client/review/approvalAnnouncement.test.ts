import { describe, expect, it } from 'vitest';
import type { AssociationApproval } from '../../shared/review/approvalStates';
import { approvalAnnouncement } from './approvalAnnouncement';

const approval = (associationId: string, hash: string, approvedBy = 'u-other', approvedAt = '2014-02-01T10:00:00Z') => ({
  associationId,
  versionId: `v-${hash}`,
  hash,
  approvedAt,
  approvedBy,
});
const row = (organisation: string, id: string | null, state: AssociationApproval['state'], given: AssociationApproval['approval'] = null): AssociationApproval => ({
  organisation,
  associationId: id,
  state,
  approval: given,
});

describe('approvalAnnouncement', () => {
  const hlr = approval('hlr', 'h1');
  const armee = approval('as', 'h1');

  it('says which association approved the text', () => {
    const before = [row('Hors la Rue', 'hlr', 'none'), row('Armée du Salut', 'as', 'current', armee)];
    const after = [row('Hors la Rue', 'hlr', 'current', hlr), row('Armée du Salut', 'as', 'current', armee)];
    expect(approvalAnnouncement(before, after, 'me')).toBe('Hors la Rue a approuvé le texte.');
  });

  it('says an approval became « modifié depuis » when the text changed under it', () => {
    const before = [row('Hors la Rue', 'hlr', 'current', hlr), row('Armée du Salut', 'as', 'current', armee)];
    const after = [row('Hors la Rue', 'hlr', 'stale', hlr), row('Armée du Salut', 'as', 'stale', armee)];
    expect(approvalAnnouncement(before, after, 'me')).toBe(
      'Le texte a été modifié depuis les approbations de Hors la Rue et de l’Armée du Salut.',
    );
    expect(approvalAnnouncement(before.slice(0, 1), after.slice(0, 1), 'me')).toBe('Le texte a été modifié depuis l’approbation de Hors la Rue.');
  });

  it('a new approval after « modifié depuis » is an approval again', () => {
    const again = approval('hlr', 'h2', 'u-other', '2014-02-03T10:00:00Z');
    expect(approvalAnnouncement([row('Hors la Rue', 'hlr', 'stale', hlr)], [row('Hors la Rue', 'hlr', 'current', again)], 'me')).toBe(
      'Hors la Rue a approuvé le texte.',
    );
  });

  it('leaves out this person’s own approval, a text back to the approved one, and new rows', () => {
    const mine = approval('hlr', 'h1', 'me');
    expect(approvalAnnouncement([row('Hors la Rue', 'hlr', 'none')], [row('Hors la Rue', 'hlr', 'current', mine)], 'me')).toBeNull();
    expect(approvalAnnouncement([row('Hors la Rue', 'hlr', 'stale', hlr)], [row('Hors la Rue', 'hlr', 'current', hlr)], 'me')).toBeNull();
    expect(approvalAnnouncement([], [row('CCEM', null, 'none')], 'me')).toBeNull();
  });
});
