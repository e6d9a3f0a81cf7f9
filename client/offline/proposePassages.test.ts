import { Editor, type JSONContent } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { schemaExtensions } from '../../shared/schema/extensions';
import { baseDocument } from '../../shared/suggestions/baseDocument';
import { collectSuggestions } from '../../shared/suggestions/collectSuggestions';
import { SuggestMode } from '../editor/suggestMode';
import { proposePassages } from './proposePassages';

const HELENE = { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' };
const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Version restaurée.' }] }] };

/** A headless editor whose dispatch goes through the extension hooks, as a mounted view's does. */
function editorWith(author: typeof HELENE | null) {
  const editor = new Editor({ extensions: [...schemaExtensions(), SuggestMode], content: content as JSONContent });
  const headless = editor as unknown as { dispatchTransaction: (tr: Transaction) => void };
  headless.dispatchTransaction = editor.extensionManager.dispatchTransaction(headless.dispatchTransaction.bind(editor));
  editor.commands.setSuggestionAuthor(author);
  return editor;
}

describe('proposePassages (issue 19: a stale copy’s passages as suggestions)', () => {
  it('appends the passages as suggested paragraphs, leaving the document itself unchanged', () => {
    const editor = editorWith(HELENE);
    const original = editor.state.doc;
    expect(proposePassages(editor, ['Tapé hors ligne.', 'Ligne 1\nLigne 2'])).toBe(true);
    const { doc } = editor.state;
    expect(doc.childCount).toBe(3);
    expect(doc.child(1).textContent).toBe('Tapé hors ligne.');
    expect(doc.child(2).textContent).toBe('Ligne 1Ligne 2');
    const suggestions = collectSuggestions(doc);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(suggestion).toMatchObject(HELENE);
      expect(['insert', 'insertion']).toContain(suggestion.kind);
    }
    expect(baseDocument(doc).eq(original)).toBe(true);
    // « Suggérer » goes back to how the person had it.
    expect(editor.storage.suggestMode.enabled).toBe(false);
  });

  it('inserts nothing without an author to attribute the suggestions to', () => {
    const editor = editorWith(null);
    expect(proposePassages(editor, ['Tapé hors ligne.'])).toBe(false);
    expect(editor.state.doc.childCount).toBe(1);
  });
});
