import type { Slice } from '@tiptap/pm/model';
import { ReplaceStep, type Transform } from '@tiptap/pm/transform';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { FORMAT_CHANGE } from './formatChangeMark';
import { blockSuggestionOf, canCarrySuggestion, INSERTION, suggestionMarkAttrs, suggestionMarkOf } from './suggestion';

export interface TrackedInsertion {
  from: number;
  to: number;
  /** Index in `tr.steps` of the step that inserted the slice as it was, if it did so in one step. */
  sameShapeStep: number | null;
}

/** The id of an own insertion right beside `pos`, so that typing on extends one suggestion. */
function adjacentInsertionId(tr: Transform, pos: number, author: SuggestionAuthor): string | undefined {
  const $pos = tr.doc.resolve(pos);
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) {
    const mark = node && suggestionMarkOf(node);
    if (mark?.type.name === INSERTION && suggestionMarkAttrs(mark).userId === author.userId) {
      return suggestionMarkAttrs(mark).id;
    }
  }
  return undefined;
}

/** The own `insert` proposal of the block the slice goes into: splitting it makes more of the same. */
function enclosingOwnInsert(tr: Transform, pos: number, author: SuggestionAuthor): BlockSuggestion | null {
  const $pos = tr.doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) {
    const block = blockSuggestionOf($pos.node(depth));
    if (block) return block.kind === 'insert' && block.userId === author.userId ? block : null;
  }
  return null;
}

/**
 * Inserts `slice` at `pos` as a suggestion: its inline content gets an `insertion`
 * mark, each block it brings whole an `insert` proposal, and a textblock it splits
 * (its tail starting inside the inserted range) a `split` proposal. Returns null when
 * the slice cannot go there.
 */
export function trackInsertion(
  tr: Transform,
  pos: number,
  slice: Slice,
  author: SuggestionAuthor,
  newId: () => string,
): TrackedInsertion | null {
  const inlineOnly = slice.openStart === slice.openEnd && slice.content.firstChild?.isInline === true;
  const id = (inlineOnly ? adjacentInsertionId(tr, pos, author) : undefined) ?? newId();
  const hostInsert = enclosingOwnInsert(tr, pos, author);
  const before = tr.steps.length;
  tr.replace(pos, pos, slice);
  if (tr.steps.length === before) return null;

  const mapping = tr.mapping.slice(before);
  const from = mapping.map(pos, -1);
  const to = mapping.map(pos, 1);
  const only = tr.steps.length === before + 1 ? tr.steps[before] : undefined;
  const sameShape = only instanceof ReplaceStep && only.from === pos && only.to === pos && only.slice.size === slice.size;

  tr.addMark(from, to, tr.doc.type.schema.marks[INSERTION]!.create({ id, ...author }));
  // Words typed inside someone's format proposal take its marks; they are the author's own now.
  tr.removeMark(from, to, tr.doc.type.schema.marks[FORMAT_CHANGE]!);
  const proposals: { pos: number; value: BlockSuggestion | null }[] = [];
  tr.doc.nodesBetween(from, to, (node, nodePos) => {
    if (node.isInline) return false;
    if (nodePos < from || !canCarrySuggestion(node)) return true;
    if (nodePos + node.nodeSize <= to) {
      proposals.push({ pos: nodePos, value: { id, kind: 'insert', ...author } });
    } else if (node.isTextblock) {
      proposals.push({ pos: nodePos, value: hostInsert ?? { id, kind: 'split', ...author } });
    } else if (blockSuggestionOf(node)) {
      // A container cut in two (a list item): its new half may have copied the proposal of
      // the old one, which is not this author's to make; the textblock's split covers it.
      proposals.push({ pos: nodePos, value: hostInsert });
    }
    return true;
  });
  for (const proposal of proposals) tr.setNodeAttribute(proposal.pos, 'suggestion', proposal.value);
  return { from, to, sameShapeStep: sameShape ? before : null };
}
