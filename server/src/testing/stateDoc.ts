import * as Y from 'yjs';

/** The document an opened or stored state encodes, to read it in a test. */
export function stateDoc({ state }: { state: Uint8Array }): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  return doc;
}
