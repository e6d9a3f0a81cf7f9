import { Editor } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { schemaExtensions } from '../../shared/schema/extensions';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import type { SuggestionAuthor } from '../../shared/schema/suggestionAuthor';
import { acceptedDocument, baseDocument } from '../../shared/suggestions/baseDocument';
import { collectSuggestions } from '../../shared/suggestions/collectSuggestions';
import { skipSuggestMeta, SuggestMode, suggestingTransaction, type SuggestModeStorage } from './suggestMode';

const HELENE: SuggestionAuthor = { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' };
const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le Collectif se réunit.' }] }] };

const stateAt = (pos: number) => {
  const doc = minutesSchema().nodeFromJSON(content);
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos) });
};
const on = (author: SuggestionAuthor | null = HELENE): SuggestModeStorage => ({ enabled: true, author, forced: false });
const ids = () => {
  let next = 0;
  return () => `id${++next}`;
};

describe('suggestingTransaction', () => {
  it('records typing as an insertion by the author when the mode is on', () => {
    const state = stateAt(4);
    const tracked = suggestingTransaction(state, state.tr.insertText('grand '), on(), ids());
    const after = state.apply(tracked);
    expect(collectSuggestions(after.doc)).toMatchObject([{ id: 'id1', kind: 'insertion', text: 'grand ', ...HELENE }]);
  });

  it('passes the transaction through when the mode is off', () => {
    const state = stateAt(4);
    const tr = state.tr.insertText('grand ');
    expect(suggestingTransaction(state, tr, { ...on(), enabled: false }, ids())).toBe(tr);
  });

  it('leaves remote changes and Yjs undo/redo alone', () => {
    const state = stateAt(4);
    const remote = state.tr.insertText('x').setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const undo = state.tr.insertText('y').setMeta(ySyncPluginKey, { isChangeOrigin: true, isUndoRedoOperation: true });
    expect(suggestingTransaction(state, remote, on(), ids())).toBe(remote);
    expect(suggestingTransaction(state, undo, on(), ids())).toBe(undo);
  });

  it('leaves transactions flagged to skip, and those without steps, alone', () => {
    const state = stateAt(4);
    const decision = state.tr.insertText('z').setMeta(skipSuggestMeta, true);
    const selection = state.tr.setSelection(TextSelection.create(state.doc, 2));
    expect(suggestingTransaction(state, decision, on(), ids())).toBe(decision);
    expect(suggestingTransaction(state, selection, on(), ids())).toBe(selection);
  });

  it('changes nothing when there is no author to attribute the edit to', () => {
    const state = stateAt(4);
    const result = suggestingTransaction(state, state.tr.insertText('x'), on(null), ids());
    expect(result.docChanged).toBe(false);
  });

  it('carries the metadata of the user’s transaction over', () => {
    const state = stateAt(4);
    const tracked = suggestingTransaction(state, state.tr.insertText('x').setMeta('paste', true), on(), ids());
    expect(tracked.getMeta('paste')).toBe(true);
  });
});

describe('SuggestMode extension', () => {
  const editorWith = () => new Editor({ extensions: [...schemaExtensions(), SuggestMode], content });

  /** The editor's dispatch as the view composes it, extension hooks included, applying what comes out. */
  const dispatcher = (editor: Editor) => {
    const dispatched: Transaction[] = [];
    const dispatch = editor.extensionManager.dispatchTransaction((tr: Transaction) => {
      dispatched.push(tr);
      editor.view.updateState(editor.state.apply(tr));
    });
    return { dispatch, dispatched };
  };

  it('turns the user’s transactions into suggestions through the dispatch hook once enabled', () => {
    const editor = editorWith();
    const { dispatch } = dispatcher(editor);
    dispatch(editor.state.tr.insertText('avant ', 1));
    expect(collectSuggestions(editor.state.doc)).toEqual([]);
    editor.commands.setSuggestionAuthor(HELENE);
    editor.commands.setSuggestMode(true);
    dispatch(editor.state.tr.insertText('grand ', 10));
    expect(collectSuggestions(editor.state.doc)).toMatchObject([{ kind: 'insertion', text: 'grand ', ...HELENE }]);
    editor.destroy();
  });

  it('cannot be turned off while forced', () => {
    const editor = editorWith();
    editor.commands.setSuggestModeForced(true);
    expect(editor.storage.suggestMode.enabled).toBe(true);
    expect(editor.commands.setSuggestMode(false)).toBe(false);
    expect(editor.storage.suggestMode.enabled).toBe(true);
    editor.commands.setSuggestModeForced(false);
    expect(editor.commands.setSuggestMode(false)).toBe(true);
    expect(editor.storage.suggestMode.enabled).toBe(false);
    editor.destroy();
  });

  it('accepts and rejects suggestions as plain edits that the mode does not track again', () => {
    const editor = editorWith();
    const { dispatch, dispatched } = dispatcher(editor);
    editor.commands.setSuggestionAuthor(HELENE);
    editor.commands.setSuggestMode(true);
    dispatch(editor.state.tr.insertText('grand ', 4));
    dispatch(editor.state.tr.delete(18, 21));
    expect(collectSuggestions(editor.state.doc).map((s) => s.kind)).toEqual(['insertion', 'deletion']);

    expect(editor.commands.acceptSuggestions((s) => s.kind === 'insertion')).toBe(true);
    expect(editor.state.doc.textContent).toBe('Le grand Collectif se réunit.');
    expect(collectSuggestions(editor.state.doc).map((s) => s.kind)).toEqual(['deletion']);

    // A decision replayed through the hook, as the view dispatches it, comes out untouched.
    let decision: Transaction | undefined;
    editor.extensionManager.dispatchTransaction((tr: Transaction) => (decision = tr))(
      editor.state.tr.setMeta(skipSuggestMeta, true).delete(1, 2),
    );
    expect(decision?.steps).toHaveLength(1);
    expect(collectSuggestions(decision!.doc).map((s) => s.kind)).toEqual(['deletion']);

    expect(editor.commands.rejectSuggestions(() => true)).toBe(true);
    expect(editor.state.doc.textContent).toBe('Le grand Collectif se réunit.');
    expect(collectSuggestions(editor.state.doc)).toEqual([]);
    expect(editor.commands.rejectSuggestions(() => true)).toBe(false);
    expect(dispatched.every((tr) => tr.getMeta(skipSuggestMeta) !== true)).toBe(true);
    editor.destroy();
  });
});

describe('SuggestMode with Tiptap’s own editing commands', () => {
  const minutes = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Le Collectif se réunit.' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'un point' }] }] }] },
      { type: 'speakerTurn', attrs: { id: 't1', organisation: 'CCEM' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dit.' }] }] },
    ],
  };

  /** A headless editor whose dispatch goes through the extension hooks, as a mounted view's does. */
  const suggestingEditor = () => {
    const editor = new Editor({ extensions: [...schemaExtensions(), SuggestMode], content: minutes });
    // Unmounted, Tiptap dispatches straight to the editor; compose the hooks in as `createView` does.
    const headless = editor as unknown as { dispatchTransaction: (tr: Transaction) => void };
    headless.dispatchTransaction = editor.extensionManager.dispatchTransaction(headless.dispatchTransaction.bind(editor));
    editor.commands.setSuggestionAuthor(HELENE);
    editor.commands.setSuggestMode(true);
    return editor;
  };
  const positionAfter = (editor: Editor, needle: string) => {
    let found = -1;
    editor.state.doc.descendants((node, pos) => {
      if (found < 0 && node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle) + needle.length;
    });
    return found;
  };

  it('Enter (splitBlock) and Enter in a list item (splitListItem) become split proposals', () => {
    const editor = suggestingEditor();
    const original = editor.state.doc;
    editor.chain().setTextSelection(positionAfter(editor, 'Le ')).splitBlock().run();
    editor.chain().setTextSelection(positionAfter(editor, 'un point') - ' point'.length).splitListItem('listItem').run();
    expect(collectSuggestions(editor.state.doc).map((s) => s.kind)).toEqual(['split', 'split']);
    expect(baseDocument(editor.state.doc).eq(original)).toBe(true);
    expect(acceptedDocument(editor.state.doc).textContent).toBe(original.textContent);
    editor.destroy();
  });

  it('changing a speaker turn’s organisation records the previous one', () => {
    const editor = suggestingEditor();
    editor.chain().setTextSelection(positionAfter(editor, 'Di')).updateAttributes('speakerTurn', { organisation: 'AFJ' }).run();
    const [suggestion] = collectSuggestions(editor.state.doc);
    expect(suggestion).toMatchObject({ kind: 'attrs', text: 'Attributs modifiés : organisation', ...HELENE });
    expect(baseDocument(editor.state.doc).lastChild!.attrs.organisation).toBe('CCEM');
    editor.destroy();
  });

  it('wrapping a paragraph in a speaker turn proposes the turn as a copy and puts the caret in it', () => {
    const editor = suggestingEditor();
    const original = editor.state.doc;
    editor.chain().setTextSelection(3).insertSpeakerTurn({ organisation: 'AFJ' }).run();
    const { doc, selection } = editor.state;
    expect(doc.child(1).type.name).toBe('speakerTurn');
    expect(selection.$head.node(1)).toBe(doc.child(1));
    expect(baseDocument(doc).eq(original)).toBe(true);
    expect(acceptedDocument(doc).child(0).type.name).toBe('paragraph');
    expect(acceptedDocument(doc).child(1).textContent).toBe('Le Collectif se réunit.');
    editor.destroy();
  });

  it('bold applies to the author’s pending words directly and is proposed on the minutes’ text', () => {
    const editor = suggestingEditor();
    editor.chain().setTextSelection(4).insertContent({ type: 'text', text: 'grand ' }).run();
    editor.chain().setTextSelection({ from: 1, to: 16 }).toggleBold().run();
    const bold: string[] = [];
    editor.state.doc.descendants((node) => {
      if (node.isText && node.marks.some((mark) => mark.type.name === 'bold')) bold.push(node.text!);
    });
    expect(bold).toEqual(['Le ', 'grand ', 'Collec']);
    expect(collectSuggestions(editor.state.doc).map(({ kind, text }) => [kind, text])).toEqual([
      ['format', 'gras ajouté : «\u00a0Le … Collec\u00a0»'],
      ['insertion', 'grand '],
    ]);
    expect(baseDocument(editor.state.doc).textContent).not.toContain('grand');
    editor.destroy();
  });
});

describe('SuggestMode keys at a block edge', () => {
  const twoParagraphs = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Premier.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
    ],
  };

  /** The extension's key handlers, bound as Tiptap binds them. */
  const keysOf = (editor: Editor) => {
    const context = { editor, storage: editor.storage.suggestMode, name: 'suggestMode', options: {}, parent: undefined, type: null };
    return SuggestMode.config.addKeyboardShortcuts!.call(context as never);
  };

  it('Backspace at the start of a paragraph proposes the join and moves the caret back, untracked a second time', () => {
    const editor = new Editor({ extensions: [...schemaExtensions(), SuggestMode], content: twoParagraphs });
    const headless = editor as unknown as { dispatchTransaction: (tr: Transaction) => void };
    headless.dispatchTransaction = editor.extensionManager.dispatchTransaction(headless.dispatchTransaction.bind(editor));
    editor.commands.setSuggestionAuthor(HELENE);
    editor.commands.setSuggestMode(true);
    editor.commands.setTextSelection(11);
    expect(keysOf(editor).Backspace!({ editor })).toBe(true);
    expect(editor.state.doc.childCount).toBe(2);
    expect(editor.state.doc.child(1).attrs.suggestion).toMatchObject({ kind: 'join', ...HELENE });
    expect(editor.state.selection.head).toBe(9);
    editor.destroy();
  });

  it('leaves the keys to the editor when the mode is off or the caret is inside the text', () => {
    const editor = new Editor({ extensions: [...schemaExtensions(), SuggestMode], content: twoParagraphs });
    editor.commands.setSuggestionAuthor(HELENE);
    editor.commands.setTextSelection(11);
    expect(keysOf(editor).Backspace!({ editor })).toBe(false);
    editor.commands.setSuggestMode(true);
    editor.commands.setTextSelection(12);
    expect(keysOf(editor).Backspace!({ editor })).toBe(false);
    expect(keysOf(editor).Delete!({ editor })).toBe(false);
    editor.destroy();
  });
});
