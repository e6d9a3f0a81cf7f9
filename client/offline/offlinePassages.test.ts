import { describe, expect, it } from 'vitest';
import { offlinePassages } from './offlinePassages';

const p = (text?: string) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });
const turn = (...paragraphs: object[]) => ({ type: 'speakerTurn', attrs: { id: 't1' }, content: paragraphs });
const doc = (...blocks: object[]) => ({ type: 'doc', content: blocks });

describe('offlinePassages (issue 19: what a stale copy held)', () => {
  it('lists the blocks typed offline, inside speaker turns too, in the copy’s order', () => {
    const server = doc(p('Ouverture de la séance.'), turn(p('Le CCEM présente le bilan.')));
    const local = doc(
      p('Ouverture de la séance.'),
      turn(p('Le CCEM présente le bilan.'), p('Il demande un second rapport.')),
      p('Fin de la séance à 18 h.'),
    );
    expect(offlinePassages(local, server)).toEqual(['Il demande un second rapport.', 'Fin de la séance à 18 h.']);
  });

  it('gives a block changed offline whole', () => {
    const server = doc(p('Le budget est adopté.'));
    const local = doc(p('Le budget est adopté à l’unanimité.'));
    expect(offlinePassages(local, server)).toEqual(['Le budget est adopté à l’unanimité.']);
  });

  it('lists nothing when the copy holds nothing the server lacks, and skips empty blocks', () => {
    const server = doc(p('Ouverture.'), p('Le budget.'));
    expect(offlinePassages(doc(p('Ouverture.'), p(), p('  ')), server)).toEqual([]);
  });

  it('keeps line breaks and gives a repeated passage once', () => {
    const withBreak = { type: 'paragraph', content: [{ type: 'text', text: 'Ligne 1' }, { type: 'hardBreak' }, { type: 'text', text: 'Ligne 2' }] };
    expect(offlinePassages(doc(withBreak, withBreak), doc())).toEqual(['Ligne 1\nLigne 2']);
  });
});
