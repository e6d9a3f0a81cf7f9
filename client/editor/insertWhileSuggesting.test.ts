import { Editor, type JSONContent } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import demo from '../../server/src/demo/compte-rendu-2013-11-22.json';
import { schemaExtensions } from '../../shared/schema/extensions';
import type { SuggestionAuthor } from '../../shared/schema/suggestionAuthor';
import { baseDocument } from '../../shared/suggestions/baseDocument';
import { collectSuggestions } from '../../shared/suggestions/collectSuggestions';
import { INSERT_COMMANDS, type InsertCommandId } from './insertCommands';
import { SuggestMode } from './suggestMode';

const HELENE: SuggestionAuthor = { userId: 'u-helene', author: 'Hélène De Rugy', association: 'Amicale du Nid' };

/** The demo minutes in a headless editor whose dispatch goes through the extension hooks, as a mounted view's does. */
const demoEditor = (suggesting: boolean) => {
  const editor = new Editor({ extensions: [...schemaExtensions(), SuggestMode], content: demo.content as JSONContent });
  const headless = editor as unknown as { dispatchTransaction: (tr: Transaction) => void };
  headless.dispatchTransaction = editor.extensionManager.dispatchTransaction(headless.dispatchTransaction.bind(editor));
  editor.commands.setSuggestionAuthor(HELENE);
  editor.commands.setSuggestMode(suggesting);
  return editor;
};

// Tiptap's own keymap picks its Mac or PC bindings from `navigator`, which Node lacks: a PC, as on Linux.
beforeAll(() => vi.stubGlobal('navigator', { platform: 'Linux x86_64', userAgent: 'Node' }));
afterAll(() => vi.unstubAllGlobals());

type KeyBindings = (this: unknown) => Record<string, (props: { editor: Editor }) => boolean>;

/** A key press as Tiptap's keymaps take it: each extension's binding, by priority, until one handles it. */
const press = (editor: Editor, key: string) =>
  editor.extensionManager.extensions.some((extension) => {
    const type = editor.schema.nodes[extension.name] ?? null;
    const context = { name: extension.name, options: extension.options, storage: editor.storage[extension.name as never], editor, type, parent: undefined };
    const bindings = (extension.config.addKeyboardShortcuts as KeyBindings | undefined)?.call(context);
    return bindings?.[key]?.({ editor }) === true;
  });

/** The « / » menu's and the toolbar's action; headless, its focus() has no view to focus, so its result is not checked. */
const runMenu = (editor: Editor, id: InsertCommandId) => INSERT_COMMANDS.find((command) => command.id === id)!.run(editor);

/** Puts the caret after `needle` and says which top-level block holds it. */
const caretAfter = (editor: Editor, needle: string) => {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle) + needle.length;
  });
  editor.commands.setTextSelection(found);
  return editor.state.selection.$head.index(0);
};

const typeText = (editor: Editor, text: string) => editor.commands.insertContent({ type: 'text', text });

const IN_A_SPEAKER_TURN = 'L’association';
const IN_A_TOP_LEVEL_PARAGRAPH = 'La deuxième';

describe('inserting a block while suggesting', () => {
  it.each([
    ['in a paragraph of a speaker turn', IN_A_SPEAKER_TURN],
    ['in a top-level paragraph', IN_A_TOP_LEVEL_PARAGRAPH],
  ])('Ctrl+Alt+P %s proposes one empty speaker turn after the block, and typing fills that turn', (_where, needle) => {
    const editor = demoEditor(true);
    const original = editor.state.doc;
    const block = caretAfter(editor, needle);

    expect(press(editor, 'Mod-Alt-p')).toBe(true);
    const { doc, selection } = editor.state;
    const turn = doc.child(block + 1);
    expect(turn.type.name).toBe('speakerTurn');
    expect(turn.attrs.suggestion).toMatchObject({ kind: 'insert', ...HELENE });
    expect(turn.childCount).toBe(1);
    expect(turn.textContent).toBe('');
    expect(doc.child(block).eq(original.child(block))).toBe(true);
    expect(collectSuggestions(doc)).toMatchObject([{ kind: 'insert', ...HELENE }]);
    expect(baseDocument(doc).eq(original)).toBe(true);
    expect(selection.$head.node(1)).toBe(turn);

    typeText(editor, 'Le CCEM précise.');
    expect(editor.state.doc.child(block + 1).textContent).toBe('Le CCEM précise.');
    expect(editor.state.doc.child(block + 2).eq(original.child(block + 1))).toBe(true);
    expect(collectSuggestions(editor.state.doc)).toMatchObject([
      { kind: 'insert', ...HELENE },
      { kind: 'insertion', text: 'Le CCEM précise.', ...HELENE },
    ]);
    expect(baseDocument(editor.state.doc).eq(original)).toBe(true);
    editor.destroy();
  });

  it.each([
    ['Ctrl+Alt+S', (editor: Editor) => press(editor, 'Mod-Alt-s')],
    ['the « / » menu', (editor: Editor) => runMenu(editor, 'actionItem')],
  ])('« À suivre » from %s proposes one empty box after the speaker turn, with the caret in it', (_from, insert) => {
    const editor = demoEditor(true);
    const original = editor.state.doc;
    const block = caretAfter(editor, IN_A_SPEAKER_TURN);

    insert(editor);
    const box = editor.state.doc.child(block + 1);
    expect(box.type.name).toBe('actionItem');
    expect(box.attrs.suggestion).toMatchObject({ kind: 'insert', ...HELENE });
    expect(collectSuggestions(editor.state.doc)).toMatchObject([{ kind: 'insert', ...HELENE }]);
    expect(baseDocument(editor.state.doc).eq(original)).toBe(true);
    expect(editor.state.selection.$head.node(1)).toBe(box);

    typeText(editor, 'Écrire au ministère.');
    expect(editor.state.doc.child(block + 1).textContent).toBe('Écrire au ministère.');
    expect(baseDocument(editor.state.doc).eq(original)).toBe(true);
    editor.destroy();
  });

  it('the menu’s speaker turn and marked sections are proposed as new blocks too', () => {
    const editor = demoEditor(true);
    const original = editor.state.doc;
    const block = caretAfter(editor, IN_A_TOP_LEVEL_PARAGRAPH);
    runMenu(editor, 'speakerTurn');
    runMenu(editor, 'annexes');
    runMenu(editor, 'nextMeetings');
    const { doc } = editor.state;
    // Each one goes after the block holding the caret, which is the one inserted just before.
    expect([1, 2, 3].map((offset) => doc.child(block + offset).type.name)).toEqual(['speakerTurn', 'markedSection', 'markedSection']);
    expect([2, 3].map((offset) => doc.child(block + offset).attrs.kind)).toEqual(['annexes', 'nextMeetings']);
    expect(collectSuggestions(doc).map((suggestion) => suggestion.kind)).toEqual(['insert', 'insert', 'insert']);
    expect(baseDocument(doc).eq(original)).toBe(true);
    expect(editor.state.selection.$head.node(1)).toBe(doc.child(block + 3));
    editor.destroy();
  });
});

describe('inserting a block outside suggestion mode', () => {
  it.each([
    ['Ctrl+Alt+P', (editor: Editor) => press(editor, 'Mod-Alt-p')],
    ['the « / » menu', (editor: Editor) => runMenu(editor, 'speakerTurn')],
  ])('%s still wraps the paragraph in a speaker turn', (_from, insert) => {
    const editor = demoEditor(false);
    const original = editor.state.doc;
    const block = caretAfter(editor, IN_A_TOP_LEVEL_PARAGRAPH);

    insert(editor);
    const { doc } = editor.state;
    expect(doc.childCount).toBe(original.childCount);
    expect(doc.child(block).type.name).toBe('speakerTurn');
    expect(doc.child(block).firstChild!.eq(original.child(block))).toBe(true);
    expect(collectSuggestions(doc)).toEqual([]);
    editor.destroy();
  });

  it('Ctrl+Alt+S still wraps the paragraph in an « À suivre » box', () => {
    const editor = demoEditor(false);
    const original = editor.state.doc;
    const block = caretAfter(editor, IN_A_TOP_LEVEL_PARAGRAPH);
    expect(press(editor, 'Mod-Alt-s')).toBe(true);
    expect(editor.state.doc.child(block).type.name).toBe('actionItem');
    expect(editor.state.doc.child(block).firstChild!.eq(original.child(block))).toBe(true);
    editor.destroy();
  });
});
