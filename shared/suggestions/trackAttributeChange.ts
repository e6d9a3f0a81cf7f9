import type { Transform } from '@tiptap/pm/transform';
import type { BlockSuggestion } from '../schema/blockSuggestion';
import type { SuggestionAuthor } from '../schema/suggestionAuthor';
import { changedAttributes, sameAttributeValue } from './changedAttributes';
import { blockSuggestionOf, canCarrySuggestion } from './suggestion';

/**
 * Applies a change of a block's attributes and records the values it had before as
 * an `attrs` proposal, keeping the earliest values when the block is changed again.
 * Returns false (and changes nothing) when the change cannot be recorded: the block
 * cannot carry a proposal, or already carries a join proposal that rejecting would
 * leave with the new values.
 */
export function trackAttributeChange(
  tr: Transform,
  pos: number,
  attrs: Record<string, unknown>,
  author: SuggestionAuthor,
  newId: () => string,
): boolean {
  const node = tr.doc.nodeAt(pos);
  if (!node) return false;
  const changes = Object.entries(attrs).filter(
    ([key, value]) => key !== 'suggestion' && Object.hasOwn(node.attrs, key) && !sameAttributeValue(node.attrs[key], value),
  );
  if (changes.length === 0) return true;
  if (!canCarrySuggestion(node)) return false;
  const current = blockSuggestionOf(node);
  if (current?.kind === 'join') return false;

  for (const [key, value] of changes) tr.setNodeAttribute(pos, key, value);
  // A block that rejecting removes or merges away keeps no attributes of its own to restore.
  if (current?.kind === 'insert' || current?.kind === 'split') return true;

  const previous: Record<string, unknown> = { ...(current?.previous ?? {}) };
  for (const [key] of changes) if (!Object.hasOwn(previous, key)) previous[key] = node.attrs[key];
  const updated = tr.doc.nodeAt(pos)!.attrs;
  const proposal: BlockSuggestion | null =
    changedAttributes(updated, previous).length === 0
      ? null
      : {
          id: current && current.userId === author.userId ? current.id : newId(),
          kind: 'attrs',
          ...author,
          previous,
        };
  tr.setNodeAttribute(pos, 'suggestion', proposal);
  return true;
}
