import { describe, expect, it } from 'vitest';
import { EditorState, Plugin } from '@tiptap/pm/state';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { rememberRange } from './pendingRange';

const schema = minutesSchema();

/**
 * The editor state as the Yjs binding leaves it after each change: the document read from
 * the Y.XmlFragment, and the binding (one object for the editor's life, its node mapping
 * refreshed in place) in the sync plugin's state.
 */
function documentWith(...paragraphs: string[]) {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('default');
  prosemirrorJSONToYXmlFragment(
    schema,
    { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    fragment,
  );
  const binding = { doc: ydoc, type: fragment, mapping: new Map() };
  const sync = new Plugin({ key: ySyncPluginKey, state: { init: () => ({ binding }), apply: (_tr, value) => value } });
  const state = (): EditorState => {
    const { doc, mapping } = initProseMirrorDoc(fragment, schema);
    binding.mapping.clear();
    for (const [type, node] of mapping) binding.mapping.set(type, node);
    return EditorState.create({ doc, plugins: [sync] });
  };
  return { fragment, state };
}

const firstText = (fragment: Y.XmlFragment, index = 0) => (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;

describe('rememberRange', () => {
  it('finds the commented words again after a colleague typed before them', () => {
    const { fragment, state } = documentWith('Le projet Resiland débute.');
    const range = rememberRange(state(), 11, 19, 1000);
    expect(range.quote).toBe('Resiland');

    firstText(fragment).insert(0, 'Depuis mars, ');
    const after = state();
    const place = range.resolve(after.doc);
    expect(place).not.toBeNull();
    expect(after.doc.textBetween(place!.from, place!.to)).toBe('Resiland');
  });

  it('finds them again after a paragraph was added above', () => {
    const { fragment, state } = documentWith('Un état des lieux est nécessaire.');
    const range = rememberRange(state(), 4, 18, 1000);
    expect(range.quote).toBe('état des lieux');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Ordre du jour')]);
    fragment.insert(0, [paragraph]);
    const after = state();
    const place = range.resolve(after.doc)!;
    expect(after.doc.textBetween(place.from, place.to)).toBe('état des lieux');
  });

  it('gives nothing back when the words were deleted meanwhile', () => {
    const { fragment, state } = documentWith('Le projet Resiland débute.');
    const range = rememberRange(state(), 11, 19, 1000);
    firstText(fragment).delete(0, 26);
    expect(range.resolve(state().doc)).toBeNull();
  });

  it('quotes the text on one line, cut to the length the server accepts', () => {
    const { state } = documentWith('Premier paragraphe.', 'Second paragraphe, assez long.');
    const current = state();
    const end = current.doc.content.size - 1;
    expect(rememberRange(current, 1, end, 1000).quote).toBe('Premier paragraphe. Second paragraphe, assez long.');
    const short = rememberRange(current, 1, end, 10).quote;
    expect(short).toBe('Premier p…');
  });
});
