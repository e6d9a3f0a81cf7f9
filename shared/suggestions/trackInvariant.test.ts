import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { acceptedDocument, baseDocument } from './baseDocument';
import { collectSuggestions } from './collectSuggestions';
import { resolveSuggestions } from './resolveSuggestions';
import { trackTransaction } from './trackTransaction';
import { randomEdit, seededRandom } from './testing/randomEdits';
import { demoDocument, HELENE, MAGALI } from './testing/suggestionDocuments';
import { sequentialIds } from './testing/trackedEditing';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const EDITS_PER_SEED = 150;

describe('trackTransaction invariants over random edits of the demo compte-rendu', () => {
  it.each(SEEDS)('seed %i: no tracked edit changes the base document, two authors taking turns', (seed) => {
    const random = seededRandom(seed);
    const newId = sequentialIds(`r${seed}-`);
    let state = EditorState.create({ doc: demoDocument() });
    const base = baseDocument(state.doc);
    let tracked = 0;
    for (let i = 0; i < EDITS_PER_SEED; i++) {
      const edit = randomEdit(state, random);
      if (!edit) continue;
      const author = random() < 0.5 ? HELENE : MAGALI;
      const result = trackTransaction(edit.state, edit.tr, author, newId);
      expect(result, edit.name).toBeDefined();
      state = edit.state.apply(result!);
      state.doc.check();
      if (result!.docChanged) tracked++;
      else expect(edit.adds, `seed ${seed}, edit ${i}: ${edit.name} refused`).not.toBe(true);
      expect(baseDocument(state.doc).eq(base), `seed ${seed}, edit ${i}: ${edit.name}`).toBe(true);
    }
    expect(tracked).toBeGreaterThan(EDITS_PER_SEED / 2);
    expect(collectSuggestions(state.doc).length).toBeGreaterThan(0);
  });

  it.each(SEEDS)('seed %i: accepting a tracked edit gives what the plain edit gives', (seed) => {
    const random = seededRandom(seed * 101);
    const newId = sequentialIds(`a${seed}-`);
    let state = EditorState.create({ doc: demoDocument() });
    let compared = 0;
    for (let i = 0; i < EDITS_PER_SEED; i++) {
      const edit = randomEdit(state, random);
      if (!edit) continue;
      const result = trackTransaction(edit.state, edit.tr, HELENE, newId)!;
      const accepted = acceptedDocument(edit.state.apply(result).doc);
      if (edit.acceptsToPlain) {
        expect(accepted.eq(edit.tr.doc), `seed ${seed}, edit ${i}: ${edit.name}`).toBe(true);
        compared++;
      }
      state = EditorState.create({ doc: edit.tr.doc });
    }
    expect(compared).toBeGreaterThan(EDITS_PER_SEED / 2);
  });

  it.each(SEEDS)('seed %i: deciding one association at a time ends without suggestions', (seed) => {
    const random = seededRandom(seed * 7919);
    const newId = sequentialIds(`d${seed}-`);
    let state = EditorState.create({ doc: demoDocument() });
    for (let i = 0; i < 60; i++) {
      const edit = randomEdit(state, random);
      if (!edit) continue;
      state = edit.state.apply(trackTransaction(edit.state, edit.tr, random() < 0.5 ? HELENE : MAGALI, newId)!);
    }
    const accepted = acceptedDocument(state.doc);
    const rejectedFirst = state.apply(resolveSuggestions(state, 'reject', (s) => s.association === MAGALI.association));
    const both = rejectedFirst.apply(resolveSuggestions(rejectedFirst, 'reject', () => true));
    expect(both.doc.eq(baseDocument(state.doc))).toBe(true);
    const acceptedAll = state.apply(resolveSuggestions(state, 'accept', () => true));
    expect(acceptedAll.doc.eq(accepted)).toBe(true);
    expect(collectSuggestions(acceptedAll.doc)).toEqual([]);
  });
});
