import { describe, expect, it } from 'vitest';
import { splitHeaderLine } from './diffLines';

describe('splitHeaderLine', () => {
  it('W2: keeps the speaker line apart from what was said', () => {
    expect(
      splitHeaderLine([
        { op: 'equal', text: 'Amicale du Nid\nUn état des lieux est nécessaire.' },
        { op: 'insert', text: ' Il n’existe qu’un seul foyer.' },
      ]),
    ).toEqual({
      header: [{ op: 'equal', text: 'Amicale du Nid' }],
      body: [
        { op: 'equal', text: 'Un état des lieux est nécessaire.' },
        { op: 'insert', text: ' Il n’existe qu’un seul foyer.' },
      ],
    });
  });

  it('W2: shows a changed speaker in the header even when the body is rewritten too', () => {
    expect(
      splitHeaderLine([
        { op: 'delete', text: 'Hors la Rue\nAncien texte' },
        { op: 'insert', text: 'CCEM\nNouveau texte' },
      ]),
    ).toEqual({
      header: [
        { op: 'delete', text: 'Hors la Rue' },
        { op: 'insert', text: 'CCEM' },
      ],
      body: [
        { op: 'delete', text: 'Ancien texte' },
        { op: 'insert', text: 'Nouveau texte' },
      ],
    });
  });

  it('keeps the later line breaks of the body', () => {
    expect(splitHeaderLine([{ op: 'insert', text: '[CCEM]\nUn\nDeux' }])).toEqual({
      header: [{ op: 'insert', text: '[CCEM]' }],
      body: [{ op: 'insert', text: 'Un\nDeux' }],
    });
    expect(splitHeaderLine([{ op: 'equal', text: 'Hors la Rue\nUn' }, { op: 'insert', text: '\nDeux' }]).body).toEqual([
      { op: 'equal', text: 'Un' },
      { op: 'insert', text: '\nDeux' },
    ]);
  });
});
