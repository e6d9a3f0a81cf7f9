import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diffDocuments';
import { wordDiff } from './wordDiff';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const turn = (id: string, organisation: string, text: string, person = '') => ({
  type: 'speakerTurn',
  attrs: { id, organisation, person, role: '' },
  content: [p(text)],
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('wordDiff', () => {
  it('marks inserted and deleted words and keeps the rest', () => {
    expect(wordDiff('Le Collectif se réunira le 31 janvier.', 'Le Collectif se réunira le 7 février.')).toEqual([
      { op: 'equal', text: 'Le Collectif se réunira le ' },
      { op: 'delete', text: '31 janvier' },
      { op: 'insert', text: '7 février' },
      { op: 'equal', text: '.' },
    ]);
  });
});

describe('diffDocuments', () => {
  const before = doc(
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités' }] },
    turn('t1', 'Hors la Rue', 'Le projet Resiland débute ce mois-ci.'),
    turn('t2', 'Mouvement du Nid', 'Un atelier a été organisé.'),
    p('Paragraphe inchangé.'),
  );

  it('names the changed speaker turn, matched by its id, with its words highlighted', () => {
    const after = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités' }] },
      turn('t1', 'Hors la Rue', 'Le projet Resiland débutera en janvier.'),
      turn('t2', 'Mouvement du Nid', 'Un atelier a été organisé.'),
      p('Paragraphe inchangé.'),
    );
    const diff = diffDocuments(before, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ status: 'modified', label: 'Tour de parole — Hors la Rue' });
    expect(diff.changes[0]!.ops).toContainEqual({ op: 'insert', text: 'débutera en janvier' });
    expect(diff.blocks.map((b) => b.status)).toEqual(['equal', 'modified', 'equal', 'equal']);
  });

  it('reports a changed person as a change of the turn', () => {
    const after = doc(before.content[0], turn('t1', 'Hors la Rue', 'Le projet Resiland débute ce mois-ci.', 'Martina Andreeva'), before.content[2], before.content[3]);
    expect(diffDocuments(before, after).changes.map((c) => c.label)).toEqual(['Tour de parole — Hors la Rue (Martina Andreeva)']);
  });

  it('lists added and removed blocks, À suivre boxes and the measures they name', () => {
    const suivre = {
      type: 'actionItem',
      attrs: { id: 'a1', owners: ['CCEM'], due: '', status: 'open' },
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Suivre la ' }, { type: 'measureRef', attrs: { plan: 'pan', number: 22, item: '' } }],
        },
      ],
    };
    const after = doc(before.content[0], before.content[1], suivre, before.content[3]);
    const diff = diffDocuments(before, after);
    expect(diff.changes.map((c) => [c.status, c.label])).toEqual([
      ['removed', 'Tour de parole — Mouvement du Nid'],
      ['added', 'À suivre — CCEM'],
    ]);
    expect(diff.changes[1]!.measures).toEqual([{ plan: 'pan', number: 22, item: '' }]);
    expect(diff.changes[1]!.ops[0]!.text).toContain('mesure 22');
  });

  it('finds nothing between identical documents', () => {
    expect(diffDocuments(before, before).changes).toEqual([]);
  });
});
