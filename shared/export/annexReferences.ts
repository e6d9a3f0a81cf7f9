/** What an `annex` node of the body points at: an uploaded file or another compte-rendu. */
export type AnnexKind = 'file' | 'minutes';

/** One annex of a compte-rendu as the body lists it, numbered as the exports and the letter name it. */
export interface AnnexReference {
  /** 1, 2, 3… in document order, over every annex node (files and comptes-rendus alike). */
  number: number;
  kind: AnnexKind;
  /** The uploaded file's id (kind `file`), '' otherwise. */
  annexId: string;
  /** The annexed compte-rendu's id (kind `minutes`), '' otherwise. */
  documentId: string;
  label: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The annexes of a body (Tiptap JSON, as `GET /api/minutes/:id` returns it in `content`),
 * in document order. Walks every node, so an annex is found wherever it sits (normally in
 * the « Annexes » marked section); a body without any annex, or not an object, has none.
 */
export function annexReferencesOf(content: unknown): AnnexReference[] {
  const found: AnnexReference[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { type, attrs, content: children } = node as { type?: unknown; attrs?: unknown; content?: unknown };
    if (type === 'annex') {
      const a = (typeof attrs === 'object' && attrs !== null ? attrs : {}) as Record<string, unknown>;
      const kind: AnnexKind = a.kind === 'minutes' ? 'minutes' : 'file';
      found.push({
        number: found.length + 1,
        kind,
        annexId: kind === 'file' ? text(a.annexId) : '',
        documentId: kind === 'minutes' ? text(a.documentId) : '',
        label: text(a.label),
      });
    }
    if (Array.isArray(children)) for (const child of children) visit(child);
  };
  visit(content);
  return found;
}
