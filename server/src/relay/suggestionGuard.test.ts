import { updateYFragment } from '@tiptap/y-tiptap';
import { EditorState } from '@tiptap/pm/state';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeMeta } from '../../../shared/model/meta';
import { checkedBody, readBodyContent, writeBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { randomEdit, seededRandom } from '../../../shared/suggestions/testing/randomEdits';
import { demoDocument } from '../../../shared/suggestions/testing/suggestionDocuments';
import { sequentialIds } from '../../../shared/suggestions/testing/trackedEditing';
import { trackTransaction } from '../../../shared/suggestions/trackTransaction';
import { type Refusal, SuggestionGuard } from './suggestionGuard';

type Json = Record<string, unknown>;

const HELENE = { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' };
const MAGALI = { userId: 'u-magali', author: 'Magali Poirier', association: 'AFJ' };

const text = (value: string, ...marks: Json[]): Json => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: Json[]): Json => ({ type: 'paragraph', content });
const body = (...content: Json[]): Json => ({ type: 'doc', content });
const insertion = (id: string, author = HELENE): Json => ({ type: 'insertion', attrs: { id, ...author } });
const deletion = (id: string, author = HELENE): Json => ({ type: 'deletion', attrs: { id, ...author } });
const formatChange = (id: string, added: Json[], removed: Json[], author = HELENE): Json => ({
  type: 'formatChange',
  attrs: { id, ...author, added, removed },
});
const BOLD = { type: 'bold' };

/** The changes `change` makes to a replica of `doc`, as one update. */
function updateFrom(doc: Y.Doc, change: (replica: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc({ gc: false });
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(replica);
  change(replica);
  const update = Y.encodeStateAsUpdate(replica, before);
  replica.destroy();
  return update;
}

/** `json` as read back from a document. */
const normalised = (json: Json) => {
  const doc = new Y.Doc();
  writeBodyContent(doc, json);
  return readBodyContent(doc);
};

/** Writes `json` as the body the way the editor does: only what differs changes. */
const writeBody = (json: Json) => (doc: Y.Doc) =>
  doc.transact(() => updateYFragment(doc, doc.getXmlFragment(BODY_FRAGMENT), checkedBody(json), { mapping: new Map(), isOMark: new Map() }));

describe('SuggestionGuard', () => {
  let stored: Y.Doc;
  let refusals: Refusal[];
  let guard: SuggestionGuard;

  /** What the room does with a suggestion-only member's update: store it if the guard admits it. */
  const send = (sender: typeof HELENE, update: Uint8Array): boolean => {
    const admitted = guard.admits(sender, update);
    if (admitted) store(update);
    return admitted;
  };
  const store = (update: Uint8Array) => {
    Y.applyUpdate(stored, update);
    guard.follow(update);
  };

  beforeEach(() => {
    stored = new Y.Doc({ gc: false });
    writeBodyContent(stored, body(paragraph(text('Texte initial.'))));
    writeMeta(stored, { title: 'Réunion du Collectif' });
    refusals = [];
    guard = new SuggestionGuard(
      () => Y.encodeStateAsUpdate(stored),
      (_userId, refusal) => refusals.push(refusal),
    );
  });

  it('R21: admits an insertion and a deletion of its sender, and comment anchors', () => {
    const suggested = body(
      paragraph(text('Texte ', deletion('d1')), text('initial.'), text(' Ajout.', insertion('i1'))),
    );
    expect(send(HELENE, updateFrom(stored, writeBody(suggested)))).toBe(true);
    const commented = body(
      paragraph(
        text('Texte ', deletion('d1'), { type: 'comment', attrs: { threadId: 't1' } }),
        text('initial.', { type: 'comment', attrs: { threadId: 't1' } }),
        text(' Ajout.', insertion('i1')),
      ),
    );
    expect(send(HELENE, updateFrom(stored, writeBody(commented)))).toBe(true);
    expect(refusals).toEqual([]);
    expect(readBodyContent(stored)).toEqual(normalised(commented));
  });

  it('R21: refuses a direct change of the text, also a change of its formatting', () => {
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte modifié.'))))))).toBe(false);
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.', { type: 'bold' }))))))).toBe(false);
    expect(refusals).toEqual(['changes the text', 'changes the text']);
    expect(readBodyContent(stored)).toEqual(normalised(body(paragraph(text('Texte initial.')))));
  });

  it('R21: admits formatting proposed as a format change of its sender, refuses one that misstates the text as it was', () => {
    const proposed = body(paragraph(text('Texte ', BOLD, formatChange('f1', [BOLD], [])), text('initial.')));
    expect(send(HELENE, updateFrom(stored, writeBody(proposed)))).toBe(true);
    // Claiming the text was in italics would make rejecting the proposal add italics.
    const misstated = body(paragraph(text('Texte ', BOLD, formatChange('f1', [BOLD], [{ type: 'italic' }])), text('initial.')));
    expect(send(HELENE, updateFrom(stored, writeBody(misstated)))).toBe(false);
    const forged = body(paragraph(text('Texte ', BOLD, formatChange('f1', [BOLD], [])), text('initial.', BOLD, formatChange('f2', [BOLD], [], MAGALI))));
    expect(send(HELENE, updateFrom(stored, writeBody(forged)))).toBe(false);
    expect(refusals).toEqual(['changes the text', 'names another user']);
    // Magali may not withdraw Hélène's proposal; Hélène may.
    expect(send(MAGALI, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'))))))).toBe(false);
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'))))))).toBe(true);
  });

  it('R21: refuses a suggestion that names another user, even in one part of it', () => {
    const forged = body(paragraph(text('Texte initial.'), text(' Faux.', insertion('i1', MAGALI))));
    expect(send(HELENE, updateFrom(stored, writeBody(forged)))).toBe(false);
    const mixed = body(paragraph(text('Vrai ', insertion('i2')), text('Texte initial.'), text(' Faux.', insertion('i2', MAGALI))));
    expect(send(HELENE, updateFrom(stored, writeBody(mixed)))).toBe(false);
    expect(refusals).toEqual(['names another user', 'names another user']);
  });

  it('R21: refuses a suggestion signed with another name or association than the account’s, not one signed under a former name', () => {
    const impostor = { ...HELENE, author: 'Sarah Berthelot', association: 'Coordination' };
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'), text(' Faux.', insertion('i1', impostor)))))))).toBe(false);
    const otherAssociation = { ...HELENE, association: 'Hors la Rue' };
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'), text(' Faux.', insertion('i1', otherAssociation)))))))).toBe(false);
    expect(refusals).toEqual(['signed with another name', 'signed with another name']);
    // Signed under the name the account had when it was stored: extending it keeps that part as it was.
    const formerName = { ...HELENE, author: 'Hélène Derugy' };
    store(updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'), text(' Avant', insertion('i2', formerName)))))));
    const extended = body(paragraph(text('Texte initial.'), text(' Avant', insertion('i2', formerName)), text(' après', insertion('i2'))));
    expect(send(HELENE, updateFrom(stored, writeBody(extended)))).toBe(true);
  });

  it('R21: refuses removing or rewording the suggestion of someone else, not its own', () => {
    store(updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'), text(' Proposé par Magali.', insertion('m1', MAGALI)))))));
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'))))))).toBe(false);
    expect(refusals).toEqual(["changes another user's suggestion"]);
    // Magali may withdraw her own suggestion.
    expect(send(MAGALI, updateFrom(stored, writeBody(body(paragraph(text('Texte initial.'))))))).toBe(true);
  });

  it('R21: refuses changes to the metadata, the participants or any other part of the document', () => {
    expect(send(HELENE, updateFrom(stored, (doc) => writeMeta(doc, { title: 'Autre titre' })))).toBe(false);
    expect(send(HELENE, updateFrom(stored, (doc) => doc.getArray('participants').push([new Y.Map()])))).toBe(false);
    expect(send(HELENE, updateFrom(stored, (doc) => doc.getMap('ailleurs').set('clé', 'valeur')))).toBe(false);
    expect(refusals).toEqual(['outside the body', 'outside the body', 'outside the body']);
  });

  it('R21: refuses an update whose dependencies it never received', () => {
    const replica = new Y.Doc({ gc: false });
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(stored));
    const first = updateFrom(replica, writeBody(body(paragraph(text('Texte initial.'), text(' Un', insertion('i1'))))));
    Y.applyUpdate(replica, first);
    const second = updateFrom(replica, writeBody(body(paragraph(text('Texte initial.'), text(' Un deux', insertion('i1'))))));
    expect(send(HELENE, second)).toBe(false);
    expect(refusals).toEqual(['missing dependencies']);
  });

  it('R21: stays in step with the stored updates of others and recovers from a refused update', () => {
    // The secretariat writes directly; the member then suggests on top of that text.
    store(updateFrom(stored, writeBody(body(paragraph(text('Texte initial, corrigé.'))))));
    expect(send(HELENE, updateFrom(stored, writeBody(body(paragraph(text('Texte initial, corrigé.')), paragraph(text('Ajout', insertion('i1')))))))).toBe(false);
    // A new block must carry its own suggestion attribute: the bare paragraph above changes the text.
    const withBlock = body(
      paragraph(text('Texte initial, corrigé.')),
      { type: 'paragraph', attrs: { suggestion: { id: 'i1', kind: 'insert', ...HELENE } }, content: [text('Ajout', insertion('i1'))] },
    );
    expect(send(HELENE, updateFrom(stored, writeBody(withBlock)))).toBe(true);
    expect(refusals).toEqual(['changes the text']);
    expect(readBodyContent(stored)).toEqual(normalised(withBlock));
  });

  it.each([1, 2, 3, 4])('R21: admits every edit the editor’s suggestion mode makes on the demo compte-rendu (seed %i)', (seed) => {
    writeBodyContent(stored, demoDocument().toJSON());
    const replica = new Y.Doc({ gc: false });
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(stored));
    const random = seededRandom(seed);
    const newId = sequentialIds(`g${seed}-`);
    let state = EditorState.create({ doc: checkedBody(readBodyContent(replica)) });
    let admitted = 0;
    for (let i = 0; i < 100; i++) {
      const edit = randomEdit(state, random);
      if (!edit) continue;
      const author = i % 2 === 0 ? HELENE : MAGALI;
      const tracked = trackTransaction(state, edit.tr, author, newId);
      if (!tracked?.docChanged) continue;
      state = state.apply(tracked);
      const update = updateFrom(replica, writeBody(state.doc.toJSON() as Json));
      Y.applyUpdate(replica, update);
      expect(send(author, update), `edit ${i}: ${edit.name} ${refusals.join()}`).toBe(true);
      admitted++;
    }
    expect(refusals).toEqual([]);
    expect(admitted).toBeGreaterThan(20);
  });
});
