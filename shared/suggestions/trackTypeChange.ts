import type { NodeType } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { sameAttributeValue } from './changedAttributes';
import { blockSuggestionOf, canCarrySuggestion } from './suggestion';

/** The attributes of a block other than its proposal. */
function ownAttributes(attrs: Record<string, unknown>): Record<string, unknown> {
  const { suggestion: _suggestion, ...rest } = attrs;
  return rest;
}

/**
 * Changes the type of the textblock at `pos` (a paragraph made a heading) and records
 * the type and attributes it had as an `attrs` proposal, keeping the earliest ones when
 * it is changed again; changing it back drops the proposal. Returns false (and changes
 * nothing) when the change cannot be recorded that way: either type cannot carry a
 * proposal, or the block carries a join proposal.
 */
export function trackTypeChange(
  tr: Transform,
  pos: number,
  type: NodeType,
  attrs: Record<string, unknown>,
  author: SuggestionAuthor,
  newId: () => string,
): boolean {
  const node = tr.doc.nodeAt(pos);
  if (!node || !node.isTextblock || !canCarrySuggestion(node) || !Object.hasOwn(type.spec.attrs ?? {}, 'suggestion')) return false;
  const current = blockSuggestionOf(node);
  if (current?.kind === 'join') return false;
  // A block that rejecting removes or merges away keeps no type of its own to restore.
  if (current?.kind === 'insert' || current?.kind === 'split') {
    tr.setNodeMarkup(pos, type, { ...attrs, suggestion: current });
    return true;
  }
  const previousType = current?.previousType ?? node.type.name;
  const previous = current?.previousType ? (current.previous ?? {}) : { ...ownAttributes(node.attrs), ...(current?.previous ?? {}) };
  const next = ownAttributes(type.create(attrs).attrs);
  const backToPrevious =
    previousType === type.name && Object.entries(next).every(([key, value]) => sameAttributeValue(value, previous[key]));
  const proposal: BlockSuggestion | null = backToPrevious
    ? null
    : {
        id: current && current.userId === author.userId ? current.id : newId(),
        kind: 'attrs',
        ...author,
        previous,
        previousType,
      };
  tr.setNodeMarkup(pos, type, { ...next, suggestion: proposal });
  return true;
}
