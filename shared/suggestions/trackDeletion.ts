import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { joinBlockBackward, joinsIntoInsertion, previousTextblockEnd } from './textblockBoundary';
import {
  blockSuggestionOf,
  canCarrySuggestion,
  DELETION,
  INSERTION,
  suggestionMarkAttrs,
  suggestionMarkOf,
} from './suggestion';

export interface TrackedRange {
  /** Start of the range once tracked (the caret of a Backspace). */
  from: number;
  /** End of the range once tracked (the caret of a Delete, where replacing text goes). */
  to: number;
}

interface Range {
  from: number;
  to: number;
}

const isOwn = (value: { userId: string } | null | undefined, author: SuggestionAuthor): boolean =>
  value?.userId === author.userId;

/** The id of an own deletion touching the range, so that repeated Backspaces make one suggestion. */
function adjacentDeletionId(tr: Transform, from: number, to: number, author: SuggestionAuthor): string | undefined {
  const neighbours = [tr.doc.resolve(from).nodeBefore, tr.doc.resolve(to).nodeAfter];
  for (const node of neighbours) {
    const mark = node && suggestionMarkOf(node);
    if (mark?.type.name === DELETION && isOwn(suggestionMarkAttrs(mark), author)) return suggestionMarkAttrs(mark).id;
  }
  return undefined;
}

/** Whether every inline node of a block is the author's pending insertion. */
function onlyOwnInsertions(block: PMNode, author: SuggestionAuthor): boolean {
  let own = true;
  block.descendants((node) => {
    if (!own || !node.isInline) return own;
    const mark = suggestionMarkOf(node);
    own = mark?.type.name === INSERTION && isOwn(suggestionMarkAttrs(mark), author);
    return false;
  });
  return own;
}

/**
 * Joining a block into a textblock that is itself a pending insertion would make its
 * words part of that insertion, and rejecting it would lose them: only the author's
 * own pending words may go there.
 */
function joinKeepsBaseText(tr: Transform, pos: number, author: SuggestionAuthor): boolean {
  const block = tr.doc.nodeAt(pos);
  if (!block || previousTextblockEnd(tr.doc, pos) === null) return false;
  return !joinsIntoInsertion(tr.doc, pos) || onlyOwnInsertions(block, author);
}

/**
 * Records the deletion of [from, to) as a suggestion instead of deleting: the text
 * gets a `deletion` mark and each textblock boundary crossed a `join` proposal. What
 * the author proposed and nobody decided yet (their own inserted words, inserted
 * blocks, split boundaries) is really deleted. Already deleted text and other
 * people's pending insertions are left as they are.
 */
export function trackDeletion(
  tr: Transform,
  from: number,
  to: number,
  author: SuggestionAuthor,
  newId: () => string,
): TrackedRange {
  const doc = tr.doc;
  let id = adjacentDeletionId(tr, from, to, author);
  const suggestionId = () => (id ??= newId());
  const toMark: Range[] = [];
  const toRemove: Range[] = [];
  const joinProposals: number[] = [];
  const realJoins: number[] = [];

  doc.nodesBetween(from, to, (node, pos) => {
    const block = blockSuggestionOf(node);
    const end = pos + node.nodeSize;
    if (block?.kind === 'insert' && isOwn(block, author) && pos >= from && end <= to && onlyOwnInsertions(node, author)) {
      toRemove.push({ from: pos, to: end });
      return false;
    }
    if (node.isTextblock && from < pos + 1 && pos + 1 <= to && previousTextblockEnd(doc, pos) !== null) {
      const ownBoundary = (block?.kind === 'split' || block?.kind === 'insert') && isOwn(block, author);
      if (ownBoundary) realJoins.push(pos);
      else if (!block && canCarrySuggestion(node)) joinProposals.push(pos);
    }
    if (!node.isInline) return true;
    const range = { from: Math.max(pos, from), to: Math.min(end, to) };
    const mark = suggestionMarkOf(node);
    if (!mark) toMark.push(range);
    else if (mark.type.name === INSERTION && isOwn(suggestionMarkAttrs(mark), author)) toRemove.push(range);
    return false;
  });

  const start = tr.steps.length;
  if (toMark.length > 0 || joinProposals.length > 0) {
    const mark = doc.type.schema.marks[DELETION]!.create({ id: suggestionId(), ...author });
    for (const range of toMark) tr.addMark(range.from, range.to, mark);
    for (const pos of joinProposals) {
      const proposal: BlockSuggestion = { id: suggestionId(), kind: 'join', ...author };
      tr.setNodeAttribute(pos, 'suggestion', proposal);
    }
  }
  for (const range of [...toRemove].sort((a, b) => b.from - a.from)) {
    tr.delete(tr.mapping.slice(start).map(range.from), tr.mapping.slice(start).map(range.to));
  }
  // Joins after removals: a split block joins whatever precedes it once removed blocks are gone.
  for (const pos of realJoins.sort((a, b) => b - a)) {
    const mapped = tr.mapping.slice(start).map(pos, 1);
    if (joinKeepsBaseText(tr, mapped, author)) joinBlockBackward(tr, mapped);
  }

  const mapping = tr.mapping.slice(start);
  return { from: mapping.map(from, -1), to: Math.max(mapping.map(from, -1), mapping.map(to, 1)) };
}
