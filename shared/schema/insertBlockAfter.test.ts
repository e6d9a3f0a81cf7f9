import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { schemaExtensions } from './extensions';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const minutes = {
  type: 'doc',
  content: [
    paragraph('Premier.'),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('un point')] }] },
    paragraph('Dernier.'),
  ],
};
const editorAt = (from: number, to = from) => {
  const editor = new Editor({ extensions: schemaExtensions(), content: minutes });
  editor.commands.setTextSelection({ from, to });
  return editor;
};

describe('inserting a block after the current one', () => {
  it('from inside a list, adds an empty speaker turn after the whole list and puts the caret in it', () => {
    const editor = editorAt(14);
    expect(editor.commands.insertSpeakerTurn({ organisation: 'AFJ' }, 'after')).toBe(true);
    const { doc, selection } = editor.state;
    expect(doc.content.content.map((node) => node.type.name)).toEqual(['paragraph', 'bulletList', 'speakerTurn', 'paragraph']);
    expect(doc.child(2).attrs.organisation).toBe('AFJ');
    expect(doc.child(2).textContent).toBe('');
    expect(selection.empty && selection.$head.parent === doc.child(2).firstChild).toBe(true);
    editor.destroy();
  });

  it('with a selection over several blocks, goes after the last one and leaves them as they are', () => {
    const editor = editorAt(3, 14);
    const before = editor.state.doc;
    expect(editor.commands.insertMarkedSection('annexes', 'after')).toBe(true);
    const { doc } = editor.state;
    expect(doc.child(2).type.name).toBe('markedSection');
    expect(doc.child(0).eq(before.child(0)) && doc.child(1).eq(before.child(1))).toBe(true);
    expect(editor.state.selection.$head.node(1)).toBe(doc.child(2));
    editor.destroy();
  });

  it('wraps by default, as before', () => {
    const editor = editorAt(3);
    expect(editor.commands.insertActionItem()).toBe(true);
    expect(editor.state.doc.child(0).type.name).toBe('actionItem');
    expect(editor.state.doc.child(0).textContent).toBe('Premier.');
    editor.destroy();
  });
});
