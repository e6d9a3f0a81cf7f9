type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown };

/** Marks that belong to the document they were made in: its comment threads and its pending suggestions. */
const DOCUMENT_BOUND_MARKS = new Set(['comment', 'insertion', 'deletion', 'formatChange']);

/**
 * The paragraphs of an « À suivre » as the next minutes take them: the words and their
 * formatting, without the previous document's comment anchors and pending suggestions, which
 * name threads and proposals of that document only.
 */
export function carriedText(nodes: readonly unknown[]): unknown[] {
  return nodes.map((node) => {
    const { attrs, content, marks, ...rest } = node as JsonNode;
    const copy: JsonNode = { ...rest };
    if (attrs) {
      const { suggestion: _suggestion, ...kept } = attrs;
      if (Object.keys(kept).length > 0) copy.attrs = kept;
    }
    if (Array.isArray(marks)) {
      const kept = marks.filter((mark) => !DOCUMENT_BOUND_MARKS.has((mark as { type?: unknown }).type as string));
      if (kept.length > 0) copy.marks = kept;
    }
    if (Array.isArray(content)) copy.content = carriedText(content);
    return copy;
  });
}
