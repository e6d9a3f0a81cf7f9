import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaExtensions } from './extensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** A paragraph with the caret where `|` is; the measure is inserted there, as the « # » menu does. */
function insertAt(marked: string): string {
  const at = marked.indexOf('|');
  const text = marked.replace('|', '');
  editor = new Editor({
    extensions: schemaExtensions(),
    content: { type: 'doc', content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] },
  });
  // Position 1 is the paragraph's start.
  editor.chain().setTextSelection(1 + at).insertMeasureRef({ plan: 'pan-teh-2014-2016', number: 22, item: '' }).run();
  return editor.state.doc.textBetween(0, editor.state.doc.content.size, undefined, (leaf) => leaf.textContent || 'mesure 22');
}

describe('insertMeasureRef', () => {
  it('leaves one space to type on after the measure at the end of a paragraph', () => {
    expect(insertAt('La |')).toBe('La mesure 22 ');
    expect(insertAt('|')).toBe('mesure 22 ');
  });

  it('adds no second space when the text goes on with one, nor before a stop or a comma', () => {
    expect(insertAt('La | avance.')).toBe('La mesure 22 avance.');
    expect(insertAt('Voir la |.')).toBe('Voir la mesure 22.');
    expect(insertAt('La |, puis la suivante')).toBe('La mesure 22, puis la suivante');
  });

  it('separates the measure from a word that follows at once', () => {
    expect(insertAt('La |avance.')).toBe('La mesure 22 avance.');
  });
});
