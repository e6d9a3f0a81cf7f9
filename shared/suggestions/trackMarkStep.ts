import { Mark } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { MarkJson } from '../schema/formatChange';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import {
  FORMAT_CHANGE,
  formatChangeAttrs,
  formatChangeOf,
  formattingBeforeProposal,
  isFormatting,
  marksMissingFrom,
} from './formatChangeMark';
import { INSERTION, suggestionMarkAttrs, suggestionMarkOf } from './suggestion';

interface Range {
  from: number;
  to: number;
}

interface FormatProposal extends Range {
  /** The id of the author's proposal already on this text, which the change extends. */
  id: string | undefined;
  added: MarkJson[];
  removed: MarkJson[];
}

/**
 * Formatting in suggestion mode. On the author's own pending words, bold, italic… apply
 * as they are. On text already in the minutes the formatting shows at once and a
 * `formatChange` mark records what it adds and removes compared with the text as it
 * was, so that it can be accepted or rejected; formatting back to the original drops
 * the proposal. Other people's pending words, words proposed for deletion and text
 * carrying someone else's format proposal are left as they are.
 */
export function trackMarkChange(
  tr: Transform,
  from: number,
  to: number,
  mark: Mark,
  adding: boolean,
  author: SuggestionAuthor,
  newId: () => string,
): void {
  const own: Range[] = [];
  const proposals: FormatProposal[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    const range = { from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) };
    const suggestion = suggestionMarkOf(node);
    if (suggestion) {
      if (suggestion.type.name === INSERTION && suggestionMarkAttrs(suggestion).userId === author.userId) own.push(range);
      return false;
    }
    const existing = formatChangeOf(node);
    if (!node.isText || (existing && formatChangeAttrs(existing).userId !== author.userId)) return false;
    const current = node.marks.filter(isFormatting);
    const next = adding ? mark.addToSet(current) : mark.removeFromSet(current);
    if (Mark.sameSet(current, next)) return false;
    const original = formattingBeforeProposal(node);
    proposals.push({
      ...range,
      id: existing ? formatChangeAttrs(existing).id : undefined,
      added: marksMissingFrom(next, original),
      removed: marksMissingFrom(original, next),
    });
    return false;
  });

  const change = (range: Range) => (adding ? tr.addMark(range.from, range.to, mark) : tr.removeMark(range.from, range.to, mark));
  for (const range of own) change(range);
  const formatChange = tr.doc.type.schema.marks[FORMAT_CHANGE]!;
  let id = ownProposalNear(tr, from, to, author);
  for (const proposal of proposals) {
    change(proposal);
    if (proposal.added.length === 0 && proposal.removed.length === 0) {
      tr.removeMark(proposal.from, proposal.to, formatChange);
    } else {
      const attrs = { id: proposal.id ?? (id ??= newId()), ...author, added: proposal.added, removed: proposal.removed };
      tr.addMark(proposal.from, proposal.to, formatChange.create(attrs));
    }
  }
}

/** The id of the author's format proposal on or beside [from, to): formatting a little more extends it. */
function ownProposalNear(tr: Transform, from: number, to: number, author: SuggestionAuthor): string | undefined {
  const nodes = [tr.doc.resolve(from).nodeBefore, tr.doc.resolve(to).nodeAfter];
  tr.doc.nodesBetween(from, to, (node) => {
    if (node.isInline) nodes.push(node);
    return !node.isInline;
  });
  for (const node of nodes) {
    const proposal = node && formatChangeOf(node);
    if (proposal && formatChangeAttrs(proposal).userId === author.userId) return formatChangeAttrs(proposal).id;
  }
  return undefined;
}
