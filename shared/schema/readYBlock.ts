import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { minutesSchema } from './proseMirrorSchema';

/** y-prosemirror stores marks that may overlap under their name plus `--` and an 8-character hash. */
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;
export const markNameOf = (attribute: string): string => HASHED_MARK.exec(attribute)?.[1] ?? attribute;

type BlockJSON = { type: string; attrs?: Record<string, unknown>; content?: unknown[]; text?: string; marks?: unknown[] };

/**
 * Reads one element of the body as the editor's binding would, and checks it against
 * the schema: unknown nodes, marks and attributes, invalid content. Throws a RangeError
 * saying what is wrong. ProseMirror itself drops unknown attributes without a word, so
 * they are checked here, where a peer could have written them.
 */
export function readYBlock(element: Y.XmlElement): PMNode {
  const schema = minutesSchema();
  const node = schema.nodeFromJSON(toJSON(element, schema));
  node.check();
  return node;
}

function toJSON(element: Y.XmlElement, schema: Schema): BlockJSON {
  const type = schema.nodes[element.nodeName];
  if (!type || type === schema.topNodeType || type.isText) throw new RangeError(`Unknown node type: ${element.nodeName}`);
  const attrs = element.getAttributes() as Record<string, unknown>;
  for (const name of Object.keys(attrs)) {
    if (!(name in (type.spec.attrs ?? {}))) throw new RangeError(`Unsupported attribute ${name} for node ${type.name}`);
  }
  const content: unknown[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) content.push(...textJSON(child, schema));
    else if (child instanceof Y.XmlElement) content.push(toJSON(child, schema));
    else throw new RangeError('Unexpected child in an element');
  }
  return { type: type.name, ...(Object.keys(attrs).length > 0 ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

function textJSON(text: Y.XmlText, schema: Schema): BlockJSON[] {
  return (text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>).map(({ insert, attributes }) => {
    if (typeof insert !== 'string') throw new RangeError('Embedded content in text');
    const marks = Object.entries(attributes ?? {}).map(([attribute, value]) => {
      const name = markNameOf(attribute);
      const type = schema.marks[name];
      if (!type) throw new RangeError(`Unknown mark type: ${name}`);
      if (value !== null && typeof value === 'object') {
        for (const key of Object.keys(value)) {
          if (!(key in (type.spec.attrs ?? {}))) throw new RangeError(`Unsupported attribute ${key} for mark ${name}`);
        }
        return { type: name, attrs: value };
      }
      return { type: name };
    });
    return { type: 'text', text: insert, ...(marks.length > 0 ? { marks } : {}) };
  });
}
