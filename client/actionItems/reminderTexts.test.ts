import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../api/accountTypes';
import { describeAuditEntry } from '../pages/admin/auditDescription';
import { reminderSentMessage } from './reminderApi';

describe('reminder e-mails in the UI (SPEC T7)', () => {
  it('T7: says how many people the reminder went to', () => {
    expect(reminderSentMessage(1)).toBe('Rappel envoyé à 1 personne.');
    expect(reminderSentMessage(3)).toBe('Rappel envoyé à 3 personnes.');
  });

  it('T7: the journal names a sent reminder, its item and how many received it', () => {
    const entry: AuditEntry = {
      id: 1,
      at: '2025-03-12T13:05:00.000Z',
      collectiveId: 'c',
      actorId: 'u1',
      actorName: 'Hélène De Rugy',
      action: 'action_item.reminder_sent',
      target: 'd1',
      details: { itemId: 'i1', item: 'Envoyer la lettre à la Ministre.', title: 'Réunion du Collectif', recipients: 3 },
      ip: null,
    };
    const none = () => undefined;
    expect(describeAuditEntry(entry, { user: none, association: none, document: none, token: none })).toEqual({
      action: 'Rappel envoyé par e-mail',
      subject: 'Réunion du Collectif',
      details: 'point «\u00a0Envoyer la lettre à la Ministre.\u00a0», 3 destinataires',
    });
  });
});
