import type { Mark, Node as PMNode, Schema } from '@tiptap/pm/model';
import type { FormatChangeAttributes, MarkJson } from '../schema/formatChange';

export const FORMAT_CHANGE = 'formatChange';

/** Marks that record suggestions or anchor comments: they are not the text's formatting. */
const NOT_FORMATTING = new Set(['insertion', 'deletion', 'comment', FORMAT_CHANGE]);

export function isFormatting(mark: Mark): boolean {
  return !NOT_FORMATTING.has(mark.type.name);
}

/** The pending format proposal of a text node, if any. */
export function formatChangeOf(node: PMNode): Mark | undefined {
  return node.marks.find((mark) => mark.type.name === FORMAT_CHANGE);
}

export function formatChangeAttrs(mark: Mark): FormatChangeAttributes {
  return mark.attrs as FormatChangeAttributes;
}

/**
 * The formatting marks of a proposal's list, as marks of `schema`. The list comes from the
 * CRDT: unknown names, marks that are not formatting and unreadable attributes are skipped.
 */
export function marksFromJson(schema: Schema, list: readonly MarkJson[]): Mark[] {
  return list.flatMap((json) => {
    if (!schema.marks[json.type] || NOT_FORMATTING.has(json.type)) return [];
    try {
      return [schema.markFromJSON(json)];
    } catch {
      return [];
    }
  });
}

/** The formatting `node` had before its pending proposal: what rejecting it gives back. */
export function formattingBeforeProposal(node: PMNode): readonly Mark[] {
  const current = node.marks.filter(isFormatting);
  const proposal = formatChangeOf(node);
  if (!proposal) return current;
  const { added, removed } = formatChangeAttrs(proposal);
  let marks: readonly Mark[] = current;
  for (const mark of marksFromJson(node.type.schema, added)) marks = mark.removeFromSet(marks);
  for (const mark of marksFromJson(node.type.schema, removed)) marks = mark.addToSet(marks);
  return marks;
}

/** Marks of `from` that are not in `to`, in JSON. */
export function marksMissingFrom(from: readonly Mark[], to: readonly Mark[]): MarkJson[] {
  return from.filter((mark) => !mark.isInSet(to)).map((mark) => mark.toJSON() as MarkJson);
}
