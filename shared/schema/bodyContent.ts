import * as Y from 'yjs';
import { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { minutesSchema } from './proseMirrorSchema';
import { BODY_FRAGMENT } from './extensions';

export type ProseMirrorJSON = { type: string; [key: string]: unknown };

/**
 * Checks ProseMirror JSON against the schema and writes it into the body of `doc`.
 * Throws (with ProseMirror's message) when the JSON is not a valid document, before
 * anything is written.
 */
export function writeBodyContent(doc: Y.Doc, json: ProseMirrorJSON): void {
  const node = PMNode.fromJSON(minutesSchema(), json);
  node.check();
  doc.transact(() => {
    prosemirrorToYXmlFragment(node, doc.getXmlFragment(BODY_FRAGMENT));
  });
}

/** Reads the body of `doc` as ProseMirror JSON, without touching the document. */
export function readBodyContent(doc: Y.Doc): ProseMirrorJSON {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FRAGMENT), minutesSchema());
  return node.toJSON() as ProseMirrorJSON;
}
