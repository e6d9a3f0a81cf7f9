import * as Y from 'yjs';
import { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { minutesSchema } from './proseMirrorSchema';
import { BODY_FRAGMENT } from './extensions';
import { omitEmptySuggestion } from './omitEmptySuggestion';

export type ProseMirrorJSON = { type: string; [key: string]: unknown };

/** Parses ProseMirror JSON into a schema-checked node; throws with ProseMirror's message. */
export function checkedBody(json: unknown): PMNode {
  const node = PMNode.fromJSON(minutesSchema(), json);
  node.check();
  return node;
}

/**
 * Checks ProseMirror JSON against the schema and writes it into the body of `doc`.
 * Throws before anything is written when the JSON is not a valid document.
 */
export function writeBodyContent(doc: Y.Doc, json: unknown): void {
  const node = checkedBody(json);
  doc.transact(() => {
    prosemirrorToYXmlFragment(node, doc.getXmlFragment(BODY_FRAGMENT));
  });
}

const EMPTY_BODY: ProseMirrorJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Reads the body of `doc` as schema-checked ProseMirror JSON. Unlike y-prosemirror's
 * binding, which deletes what the schema cannot represent, this never changes the
 * document: an invalid body throws instead.
 */
export function readBodyContent(doc: Y.Doc): ProseMirrorJSON {
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  if (fragment.length === 0) return EMPTY_BODY;
  return omitEmptySuggestion(checkedBody(yXmlFragmentToProsemirrorJSON(fragment)).toJSON() as ProseMirrorJSON);
}
