import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { writeMeta } from '../../../shared/model/meta';
import { writeBodyContent, readBodyContent } from '../../../shared/schema/bodyContent';
import { integrateUpdate } from './integrateUpdate';

/** The stored document of the tests: a heading and a speaker turn, as the server seeds them. */
function storedDocument(): Y.Doc {
  const doc = newModelDoc();
  writeMeta(doc, { title: 'Réunion du Collectif' });
  writeBodyContent(doc, {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Accueil' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Tour de table.' }] },
    ],
  });
  return doc;
}

/** A peer that has the stored document, and the update its `edit` makes. */
function peerEdit(stored: Y.Doc, edit: (peer: Y.Doc) => void): Uint8Array {
  const peer = new Y.Doc({ gc: false });
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(stored));
  const before = Y.encodeStateVector(peer);
  edit(peer);
  return Y.encodeStateAsUpdate(peer, before);
}

const paragraphText = (doc: Y.Doc, index: number): Y.XmlText =>
  (doc.getXmlFragment('default').get(index) as Y.XmlElement).get(0) as Y.XmlText;

/** A one-item update written by hand: a string `x` of client 9 at `clock`, after `origin`. */
function forgedItem(clock: number, origin: [number, number]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 9);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8(encoder, 0x80 | 4);
  encoding.writeVarUint(encoder, origin[0]);
  encoding.writeVarUint(encoder, origin[1]);
  encoding.writeVarString(encoder, 'x');
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

describe('integrateUpdate', () => {
  it('R23: integrates what an editor writes: typing, formatting, a new block, metadata', () => {
    const doc = storedDocument();
    const edits = [
      peerEdit(doc, (peer) => paragraphText(peer, 1).insert(0, 'Ouverture. ')),
      peerEdit(doc, (peer) => paragraphText(peer, 1).format(0, 5, { bold: {} })),
      peerEdit(doc, (peer) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Nouveau paragraphe')]);
        peer.getXmlFragment('default').push([paragraph]);
      }),
      peerEdit(doc, (peer) => writeMeta(peer, { place: 'Paris' })),
    ];
    for (const update of edits) expect(integrateUpdate(doc, update)).toBeUndefined();
    expect(readBodyContent(doc).content).toHaveLength(3);
  });

  it('R23: refuses, before touching the document, what the bytes alone condemn', () => {
    const doc = storedDocument();
    const stored = Y.encodeStateAsUpdate(doc);
    const root = new Y.Doc();
    root.getText('body').insert(0, 'ailleurs');
    const unknownMark = peerEdit(doc, (peer) => paragraphText(peer, 1).format(0, 3, { script: {} }));
    const unknownNode = peerEdit(doc, (peer) => peer.getXmlFragment('default').push([new Y.XmlElement('iframe')]));
    const [client, clock] = [...Y.decodeStateVector(Y.encodeStateVector(doc))][0]!;
    const cases: Array<[Uint8Array, string]> = [
      [Y.encodeStateAsUpdate(root), 'a root type outside the model'],
      [unknownMark, 'an unknown mark'],
      [unknownNode, 'an unknown node'],
      [forgedItem(0, [9, 0]), 'an item refers to itself or to a later item'],
      [forgedItem(5, [client!, clock! - 1]), 'missing dependencies'],
      [new Uint8Array([0, 1, 77, 1, 0, 40]), 'deletes content that does not exist'],
      [new Uint8Array([0, 1, 7]), 'not a Yjs update'],
    ];
    for (const [update, reason] of cases) {
      expect(integrateUpdate(doc, update)).toEqual({ reason, dirty: false });
      expect(Y.encodeStateAsUpdate(doc)).toEqual(stored);
    }
  });

  it('R23: refuses an update whose origin does not exist, and says the document must be rebuilt', () => {
    const doc = storedDocument();
    // Client 9 at clock 0, after an item of client 12345 that nobody has.
    const refusal = integrateUpdate(doc, forgedItem(0, [12345, 3]));
    expect(refusal).toEqual({ reason: 'missing dependencies', dirty: true });
  });

  it('R23: refuses a body the schema cannot read: unknown attribute, a speaker turn without paragraph, text in the body', () => {
    const cases: Array<(peer: Y.Doc) => void> = [
      (peer) => (peer.getXmlFragment('default').get(1) as Y.XmlElement).setAttribute('onclick', 'alert(1)'),
      (peer) => peer.getXmlFragment('default').push([new Y.XmlElement('speakerTurn')]),
      (peer) => peer.getXmlFragment('default').push([new Y.XmlText('en vrac')]),
    ];
    for (const [index, edit] of cases.entries()) {
      const doc = storedDocument();
      const refusal = integrateUpdate(doc, peerEdit(doc, edit));
      expect(refusal?.reason, `case ${index}`).toMatch(/^an unreadable body/);
      expect(refusal?.dirty).toBe(true);
    }
  });

  it('R23, M1: refuses metadata the model does not define', () => {
    const cases: Array<(peer: Y.Doc) => void> = [
      (peer) => peer.getMap('meta').set('script', 'x'),
      (peer) => peer.getMap('meta').set('title', 42 as unknown as string),
      (peer) => peer.getMap('meta').set('title', new Y.Map() as unknown as string),
    ];
    for (const edit of cases) {
      const doc = storedDocument();
      expect(integrateUpdate(doc, peerEdit(doc, edit))?.reason).toMatch(/metadata|nested type/);
    }
  });
});
