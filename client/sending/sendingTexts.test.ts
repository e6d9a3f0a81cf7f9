import { describe, expect, it } from 'vitest';
import type { SendingView } from '../../shared/api/sending';
import { fileSize, parseRecipients, sendingLine } from './sendingTexts';

const sending = (overrides: Partial<SendingView>): SendingView => ({
  id: 's1',
  documentId: 'd1',
  channel: 'email',
  addressee: 'ministère de l’Intérieur',
  recipients: [{ email: 'a@exemple.org' }, { email: 'b@exemple.org' }],
  files: [],
  messageId: '<1@exemple.org>',
  sentBy: { id: 'u1', name: 'Coordination' },
  sentAt: '2014-03-03T10:00:00.000Z',
  letterId: null,
  ...overrides,
});

describe('D6: the sendings as the compte-rendu states them', () => {
  it('says to whom, when and how', () => {
    expect(sendingLine(sending({}))).toBe('Envoyé à ministère de l’Intérieur le 3 mars 2014 (par e-mail à 2 destinataires)');
    expect(sendingLine(sending({ recipients: [{ email: 'a@exemple.org' }] }))).toMatch(/à 1 destinataire\)$/);
    expect(sendingLine(sending({ channel: 'outside', recipients: [], sentAt: '2014-03-01T09:00:00.000Z' }))).toBe(
      'Remis hors Minutier à ministère de l’Intérieur le 1er mars 2014',
    );
  });

  it('contracts « à le » and « à les » as French does', () => {
    expect(sendingLine(sending({ addressee: 'le ministère de l’Intérieur' }))).toMatch(/^Envoyé au ministère de l’Intérieur le /);
    expect(sendingLine(sending({ addressee: 'Les associations membres' }))).toMatch(/^Envoyé aux associations membres le /);
    expect(sendingLine(sending({ addressee: 'la préfecture' }))).toMatch(/^Envoyé à la préfecture le /);
  });

  it('reads recipients one per line, with or without a name', () => {
    expect(parseRecipients('Cabinet <cabinet@exemple.gouv.fr>\n\n  b@exemple.org  \n')).toEqual([
      { email: 'cabinet@exemple.gouv.fr', name: 'Cabinet' },
      { email: 'b@exemple.org' },
    ]);
  });

  it('gives sizes in French units', () => {
    expect(fileSize(512)).toBe('512 octets');
    expect(fileSize(1536)).toBe('1,5\u00a0Ko');
    expect(fileSize(3 * 1024 * 1024)).toBe('3\u00a0Mo');
  });
});
