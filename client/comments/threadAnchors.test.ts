import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { splitBlock } from '@tiptap/pm/commands';
import { minutesSchema } from '../../shared/schema/proseMirrorSchema';
import { threadAnchors } from './threadAnchors';

const schema = minutesSchema();
const comment = (threadId: string) => schema.marks.comment!.create({ threadId });
const bold = schema.marks.bold!.create();

function docOf(...paragraphs: Array<Array<[string, ...string[]]>>) {
  return schema.node(
    'doc',
    null,
    paragraphs.map((pieces) =>
      schema.node(
        'paragraph',
        null,
        pieces.map(([text, ...threads]) =>
          schema.text(text, threads.map((thread) => (thread === 'bold' ? bold : comment(thread)))),
        ),
      ),
    ),
  );
}

describe('threadAnchors', () => {
  it('finds the marked text of each thread', () => {
    const doc = docOf([['Le projet '], ['Resiland', 't1'], [' débute.']]);
    const anchor = threadAnchors(doc).get('t1');
    expect(anchor).toEqual({ from: 11, to: 19, ranges: [{ from: 11, to: 19 }] });
    expect(doc.textBetween(anchor!.from, anchor!.to)).toBe('Resiland');
  });

  it('joins text split by other marks and overlapping threads into one range', () => {
    const doc = docOf([['Un '], ['état', 't1'], [' des', 't1', 't2'], [' lieux', 't1', 'bold'], ['.']]);
    const anchors = threadAnchors(doc);
    expect(doc.textBetween(anchors.get('t1')!.from, anchors.get('t1')!.to)).toBe('état des lieux');
    expect(anchors.get('t1')!.ranges).toHaveLength(1);
    expect(doc.textBetween(anchors.get('t2')!.from, anchors.get('t2')!.to)).toBe(' des');
  });

  it('keeps following the words when their paragraph is split in the middle', () => {
    const doc = docOf([['Un '], ['état des lieux', 't1'], [' est nécessaire.']]);
    let state = EditorState.create({ doc });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 9)));
    splitBlock(state, (tr) => {
      state = state.apply(tr);
    });
    expect(state.doc.childCount).toBe(2);
    const anchor = threadAnchors(state.doc).get('t1')!;
    expect(anchor.ranges).toHaveLength(2);
    expect(anchor.ranges.map((range) => state.doc.textBetween(range.from, range.to))).toEqual(['état ', 'des lieux']);
  });

  it('has no anchor for a thread whose text was deleted, nor for an empty thread id', () => {
    const doc = docOf([['Rien', '']]);
    expect(threadAnchors(doc).size).toBe(0);
  });
});
