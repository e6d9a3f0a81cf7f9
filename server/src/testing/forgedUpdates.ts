import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import type { Random } from './seededRandom';
import { type ForgedItem, encodeV1Update } from './yjsV1Writer';

const TWO_POW_32 = 2 ** 32;
const paragraph: ForgedItem['content'] = { element: 'paragraph' };

/** One struct of a new client, at `clock`, in the body unless told otherwise. */
const single = (client: number, clock: number, item: ForgedItem): Uint8Array =>
  encodeV1Update([{ client, clock, items: [item] }]);

/** What a real Y.Doc (with a seeded client id) encodes after `write`: well-formed, self-contained, but outside the model. */
function fromDoc(random: Random, write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = random.clientId();
  write(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** A paragraph holding `text`, appended to the body of `doc`; returns the text run. */
function bodyParagraph(doc: Y.Doc, text: string, nodeName = 'paragraph'): Y.XmlText {
  const run = new Y.XmlText(text);
  const element = new Y.XmlElement(nodeName);
  element.insert(0, [run]);
  doc.getXmlFragment(BODY_FRAGMENT).push([element]);
  return run;
}

/**
 * Updates forged by hand (Yjs v1) or by a real Y.Doc writing where the model does
 * not allow it. Each is what a hostile client could send; none should be stored.
 */
export const forgeries = {
  /** An item whose left origin is one of its own ids. */
  selfOrigin: (random: Random) => {
    const client = random.clientId();
    const text = 'moi-même';
    return single(client, 0, { origin: [client, random.int(0, text.length - 1)], content: { string: text } });
  },
  selfRightOrigin: (random: Random) => {
    const client = random.clientId();
    return single(client, 0, { rightOrigin: [client, 0], content: { string: 'à droite de moi' } });
  },
  /** A type whose parent is itself. */
  selfParent: (random: Random) => {
    const client = random.clientId();
    return single(client, 0, { parent: { item: [client, 0] }, content: paragraph });
  },
  /** A new client whose first struct is far ahead: it can never integrate (a clock jump). */
  futureClock: (random: Random) => single(random.clientId(), random.int(1_000, 1_000_000_000), { content: paragraph }),
  clockAbove2p32: (random: Random) =>
    single(random.clientId(), TWO_POW_32 + random.int(0, 1_000_000), { content: { string: 'loin' } }),
  /** Clocks at the edge of what a varint and a double hold. */
  clockAtMaxSafeInteger: (random: Random) =>
    single(random.clientId(), Number.MAX_SAFE_INTEGER - random.int(0, 10), { content: { string: 'bord' } }),
  /** A well-formed empty paragraph from a client id no Yjs client would draw. */
  clientAbove2p32: (random: Random) =>
    single(random.pick([TWO_POW_32 + random.int(0, 1_000_000), Number.MAX_SAFE_INTEGER - random.int(0, 10)]), 0, {
      content: paragraph,
    }),
  /** Inserted after an item of a client nobody has seen. */
  missingOrigin: (random: Random) =>
    single(random.clientId(), 0, { origin: [random.clientId(), random.int(0, 1_000)], content: { string: 'orphelin' } }),
  /** Deletions of a client that has no content. */
  deleteUnknownClient: (random: Random) =>
    encodeV1Update([], [{ client: random.clientId(), ranges: [[random.int(0, 1_000), random.int(1, 1_000)]] }]),
  /** Many clients, many ranges, lengths up to 2^32: pending deletions that would pile up. */
  largeDeleteSet: (random: Random) =>
    encodeV1Update(
      [],
      Array.from({ length: 100 }, () => ({
        client: random.clientId(),
        ranges: Array.from({ length: 20 }, (_, index) => [index * TWO_POW_32 + random.int(0, 1_000), random.int(1, TWO_POW_32)] as const),
      })),
    ),
  /** Tombstones covering 2^40 clocks. */
  hugeDeletedContent: (random: Random) => single(random.clientId(), 0, { content: { deleted: 2 ** 40 } }),
  /** A type reference Yjs does not know: not a Yjs update at all. */
  unknownTypeRef: (random: Random) => single(random.clientId(), 0, { content: { typeRef: random.int(7, 300) } }),
  /** A subdocument whose options Yjs cannot read: not a Yjs update either. */
  subdocumentWithoutOptions: (random: Random) =>
    single(random.clientId(), 0, { content: { doc: `sous-document-${random.int(0, 1e6)}`, options: null } }),
  /** Bare characters straight in the body fragment, outside any paragraph. */
  stringInBody: (random: Random) => single(random.clientId(), 0, { content: { string: 'texte nu' } }),
  jsonInBody: (random: Random) => single(random.clientId(), 0, { content: { any: [42, { script: 'alert(1)' }] } }),
  /** An entry keyed on the body fragment, as if it were a map. */
  keyOnBody: (random: Random) => single(random.clientId(), 0, { parentSub: 'onload', content: { any: ['alert(1)'] } }),
  unknownRoot: (random: Random) =>
    fromDoc(random, (doc) => {
      const name = random.pick(['body', 'comments', 'suggestions', 'Default', 'prosemirror', '']);
      const kind = random.int(0, 3);
      if (kind === 0) doc.getText(name).insert(0, 'racine inconnue');
      else if (kind === 1) doc.getMap(name).set('clé', 'valeur');
      else if (kind === 2) doc.getArray(name).push(['élément']);
      else doc.getXmlFragment(name).push([new Y.XmlElement('paragraph')]);
    }),
  unknownMark: (random: Random) =>
    fromDoc(random, (doc) => {
      bodyParagraph(doc, 'début ').insert(6, 'marqué', { [random.pick(['script', 'onclick', 'fontFamily', 'blink'])]: {} });
    }),
  unknownMarkAttribute: (random: Random) =>
    fromDoc(random, (doc) => {
      bodyParagraph(doc, 'lien ').insert(5, 'piégé', { link: { href: 'https://exemple.org', onclick: 'alert(1)' } });
    }),
  unknownNode: (random: Random) =>
    fromDoc(random, (doc) => void bodyParagraph(doc, 'alert(1)', random.pick(['script', 'iframe', 'img', 'table', 'div']))),
  unknownAttribute: (random: Random) =>
    fromDoc(random, (doc) => {
      bodyParagraph(doc, 'attribut');
      const element = doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement;
      element.setAttribute(random.pick(['onclick', 'style', 'data-evil', 'contenteditable']), 'alert(1)');
    }),
  /** A text run straight in the body: the schema's doc holds blocks only. */
  textAtTop: (random: Random) =>
    fromDoc(random, (doc) => doc.getXmlFragment(BODY_FRAGMENT).push([new Y.XmlText('hors paragraphe')])),
  paragraphInParagraph: (random: Random) =>
    fromDoc(random, (doc) => {
      const inner = new Y.XmlElement('paragraph');
      inner.insert(0, [new Y.XmlText('imbriqué')]);
      const outer = new Y.XmlElement('paragraph');
      outer.insert(0, [inner]);
      doc.getXmlFragment(BODY_FRAGMENT).push([outer]);
    }),
  /** A subdocument in one of the model's roots. */
  subdocument: (random: Random) =>
    fromDoc(random, (doc) => {
      const subdoc = new Y.Doc({ guid: `sous-document-${random.int(0, 1e6)}` });
      const where = random.int(0, 2);
      if (where === 0) doc.getArray('participants').push([subdoc]);
      else if (where === 1) doc.getMap('meta').set('annexe', subdoc);
      else doc.getXmlFragment(BODY_FRAGMENT).push([subdoc as unknown as Y.XmlElement]);
    }),
} satisfies Record<string, (random: Random) => Uint8Array>;

export type ForgeryName = keyof typeof forgeries;
export const forgeryNames = Object.keys(forgeries) as ForgeryName[];
