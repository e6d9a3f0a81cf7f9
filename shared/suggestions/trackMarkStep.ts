import type { Mark } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { INSERTION, suggestionMarkAttrs, suggestionMarkOf } from './suggestion';

/**
 * Formatting in suggestion mode: bold, italic… apply to the author's own pending
 * words only. On text already in the minutes a format change would be a suggestion
 * of its own, which the model does not record; it is left out.
 */
export function trackMarkChange(
  tr: Transform,
  from: number,
  to: number,
  mark: Mark,
  adding: boolean,
  author: SuggestionAuthor,
): void {
  const ranges: { from: number; to: number }[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    const suggestion = suggestionMarkOf(node);
    const own = suggestion?.type.name === INSERTION && suggestionMarkAttrs(suggestion).userId === author.userId;
    if (own) ranges.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) });
    return false;
  });
  for (const range of ranges) {
    if (adding) tr.addMark(range.from, range.to, mark);
    else tr.removeMark(range.from, range.to, mark);
  }
}
