import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { baseDocument } from './baseDocument';

const COMMENT = 'comment';

const baseCache = new WeakMap<PMNode, PMNode>();

/** The base document without comment anchors: anchors are not the text. */
function baseWithoutComments(doc: PMNode): PMNode {
  let base = baseCache.get(doc);
  if (!base) {
    const tr = new Transform(baseDocument(doc));
    const comment = doc.type.schema.marks[COMMENT];
    if (comment) tr.removeMark(0, tr.doc.content.size, comment);
    base = tr.doc;
    baseCache.set(doc, base);
  }
  return base;
}

/**
 * Whether two versions of a document have the same text once every suggestion is
 * rejected, comment anchors aside: true when the change between them only adds,
 * extends or withdraws suggestions (or comments).
 */
export function sameBaseDocument(before: PMNode, after: PMNode): boolean {
  return baseWithoutComments(before).eq(baseWithoutComments(after));
}
