import { describe, expect, it } from 'vitest';
import { EditorState, Plugin } from '@tiptap/pm/state';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { rememberRange } from './pendingRange';

const schema = minutesSchema();

/**
 * The editor state as the Yjs binding leaves it after each change: the document read from
 * the Y.XmlFragment and the binding's node mapping in the sync plugin's state.
 */
function stateOf(ydoc: Y.Doc, fragment: Y.XmlFragment): EditorState {
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  const binding = { doc: ydoc, type: fragment, mapping };
  const sync = new Plugin({ key: ySyncPluginKey, state: { init: () => ({ binding }), apply: (_tr, value) => value } });
  return EditorState.create({ doc, plugins: [sync] });
}

function documentWith(...paragraphs: string[]) {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('default');
  prosemirrorJSONToYXmlFragment(
    schema,
    { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    fragment,
  );
  return { ydoc, fragment };
}

const firstText = (fragment: Y.XmlFragment, index = 0) => (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;

describe('rememberRange', () => {
  it('finds the commented words again after a colleague typed before them', () => {
    const { ydoc, fragment } = documentWith('Le projet Resiland débute.');
    const before = stateOf(ydoc, fragment);
    const range = rememberRange(before, 11, 19, 1000);
    expect(range.quote).toBe('Resiland');

    firstText(fragment).insert(0, 'Depuis mars, ');
    const after = stateOf(ydoc, fragment);
    const place = range.resolve(after);
    expect(place).not.toBeNull();
    expect(after.doc.textBetween(place!.from, place!.to)).toBe('Resiland');
  });

  it('finds them again after a paragraph was added above', () => {
    const { ydoc, fragment } = documentWith('Un état des lieux est nécessaire.');
    const range = rememberRange(stateOf(ydoc, fragment), 4, 18, 1000);
    expect(range.quote).toBe('état des lieux');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Ordre du jour')]);
    fragment.insert(0, [paragraph]);
    const after = stateOf(ydoc, fragment);
    const place = range.resolve(after)!;
    expect(after.doc.textBetween(place.from, place.to)).toBe('état des lieux');
  });

  it('gives nothing back when the words were deleted meanwhile', () => {
    const { ydoc, fragment } = documentWith('Le projet Resiland débute.');
    const range = rememberRange(stateOf(ydoc, fragment), 11, 19, 1000);
    firstText(fragment).delete(0, 26);
    expect(range.resolve(stateOf(ydoc, fragment))).toBeNull();
  });

  it('quotes the text on one line, cut to the length the server accepts', () => {
    const { ydoc, fragment } = documentWith('Premier paragraphe.', 'Second paragraphe, assez long.');
    const state = stateOf(ydoc, fragment);
    expect(rememberRange(state, 1, state.doc.content.size - 1, 1000).quote).toBe(
      'Premier paragraphe. Second paragraphe, assez long.',
    );
    const short = rememberRange(state, 1, state.doc.content.size - 1, 10).quote;
    expect(short).toBe('Premier p…');
  });
});
