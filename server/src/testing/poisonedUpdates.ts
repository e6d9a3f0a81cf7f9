import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { appendToBody } from './bodyText';

/** Someone editing a stored document, each edit turned into the update an editor would send. */
export interface Writer {
  doc: Y.Doc;
  /** Types at the end of the body's last paragraph. */
  type(text: string): Uint8Array;
  edit(change: (doc: Y.Doc) => void): Uint8Array;
}

export function writerOf(state: Uint8Array): Writer {
  const doc = newModelDoc();
  Y.applyUpdate(doc, state);
  const edit = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(doc);
    change(doc);
    return Y.encodeStateAsUpdate(doc, before);
  };
  return { doc, edit, type: (text) => edit((target) => appendToBody(target, text)) };
}

/** The body's first text run, where `format` puts a mark. */
const firstRun = (doc: Y.Doc): Y.XmlText => (doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;

/**
 * Updates an older version of the server stored, which no document of ours can load
 * (R26). Each is built on `state`, the document as stored before it.
 */
export const poisons = {
  /** A mark the schema does not know, on the first words of the body. */
  unknownMark: (state: Uint8Array): Uint8Array => writerOf(state).edit((doc) => firstRun(doc).format(0, 3, { script: { src: 'x' } })),
  /** The second of two keystrokes, the first never stored: it waits for it forever. */
  pendingDependency: (state: Uint8Array): Uint8Array => {
    const writer = writerOf(state);
    writer.type('perdu');
    return writer.type(' en attente');
  },
  /** An item whose left origin is itself: Yjs throws on it. */
  selfOrigin: (): Uint8Array => {
    const client = 424242;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 0);
    encoding.writeUint8(encoder, 0x80 | 4);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, 'moi-même');
    encoding.writeVarUint(encoder, 0);
    return encoding.toUint8Array(encoder);
  },
  /** A speaker turn without its paragraph: it integrates, and then the body no longer reads. */
  unreadableBlock: (state: Uint8Array): Uint8Array =>
    writerOf(state).edit((doc) => doc.getXmlFragment(BODY_FRAGMENT).push([new Y.XmlElement('speakerTurn')])),
  /** Content under a root type the model does not define. */
  foreignRoot: (state: Uint8Array): Uint8Array => writerOf(state).edit((doc) => doc.getText('ailleurs').insert(0, 'hors modèle')),
};
