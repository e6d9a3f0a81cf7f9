import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap, readMeta } from '../../../shared/model/meta';
import { participantsArray, readParticipants } from '../../../shared/model/participants';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { peerUpdate, sendOnce as sendUpdateOnce } from '../testing/peerUpdate';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const INITIAL = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Le projet Resiland, ' },
        { type: 'measureRef', attrs: { plan: 'pan-teh-2014-2016', number: 22, item: '' } },
        { type: 'text', text: ' débute.' },
      ],
    },
  ],
};

/** Every update stored for a document, the compacted state first. */
function storedRows(dbFile: string, id: string): Buffer[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null };
    const updates = db.prepare('SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq').all(id) as Array<{ data: Buffer }>;
    return [...(row.state ? [row.state] : []), ...updates.map((update) => update.data)];
  } finally {
    db.close();
  }
}

function storedDocument(dbFile: string, id: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const update of storedRows(dbFile, id)) Y.applyUpdate(doc, update);
  return doc;
}

const paragraphOf = (doc: Y.Doc) => doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement;
const firstRun = (doc: Y.Doc) => paragraphOf(doc).get(0) as Y.XmlText;
const measureOf = (doc: Y.Doc) => paragraphOf(doc).get(1) as Y.XmlElement;

function newParticipant(organisation: string, people: string[]): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', 'p-forge');
  map.set('organisation', organisation);
  map.set('attendance', 'present');
  const list = new Y.Array<string>();
  list.push(people);
  map.set('people', list);
  return map;
}

function speakerTurn(attributes: Record<string, string>): Y.XmlElement {
  const turn = new Y.XmlElement('speakerTurn');
  for (const [name, value] of Object.entries(attributes)) turn.setAttribute(name, value);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Il présente le rapport.')]);
  turn.insert(0, [paragraph]);
  return turn;
}

function measureRef(number: unknown): Y.XmlElement {
  const element = new Y.XmlElement('measureRef');
  element.setAttribute('plan', 'pan-teh-2014-2016');
  element.setAttribute('number', number as string);
  element.setAttribute('item', '');
  return element;
}

describe('values an editor writes (A2 in the relay, R23)', () => {
  let server: TestServer;
  let id: string;
  const clients: CollabClient[] = [];
  const client = (as: TestUser) => {
    const c = connectClient(server.collabUrl, id, as.token);
    clients.push(c);
    return c;
  };
  const sendOnce = (as: TestUser, update: Uint8Array) => sendUpdateOnce(server.collabUrl, id, as.token, update);

  beforeEach(async () => {
    server = await startTestServer();
    const created = await server.api('/api/minutes', {
      body: { meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' }, content: INITIAL },
    });
    expect(created.status).toBe(201);
    id = ((await created.json()) as { id: string }).id;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('A2, R23: a title or a name with a control character, an impossible or implausible date, a measure number that is not a positive integer, a javascript: link are refused (4400) and nothing is stored', async () => {
    const writer = client(server.admin);
    await synced(writer);
    const attacks: Record<string, Uint8Array> = {
      titleWithControl: peerUpdate(writer.doc, (doc) => metaMap(doc).set('title', 'Réunion\u0007 du Collectif')),
      titleWithLineBreak: peerUpdate(writer.doc, (doc) => metaMap(doc).set('title', 'Réunion\ndu Collectif')),
      authorWithControl: peerUpdate(writer.doc, (doc) => metaMap(doc).set('author', 'Sarah\u0000 Berthelot')),
      impossibleDate: peerUpdate(writer.doc, (doc) => metaMap(doc).set('meetingDate', '2014-13-45')),
      twoDigitYear: peerUpdate(writer.doc, (doc) => metaMap(doc).set('writtenOn', '0026-12-12')),
      farFuture: peerUpdate(writer.doc, (doc) => metaMap(doc).set('meetingDate', '2999-01-01')),
      measureNumberText: peerUpdate(writer.doc, (doc) => paragraphOf(doc).insert(2, [measureRef('abc')])),
      measureNumberNaN: peerUpdate(writer.doc, (doc) => measureOf(doc).setAttribute('number', Number.NaN as unknown as string)),
      measureNumberZero: peerUpdate(writer.doc, (doc) => measureOf(doc).setAttribute('number', 0 as unknown as string)),
      measureNumberSharedType: peerUpdate(writer.doc, (doc) => measureOf(doc).setAttribute('number', new Y.Map() as unknown as string)),
      measureWithoutNumber: peerUpdate(writer.doc, (doc) => {
        const element = new Y.XmlElement('measureRef');
        element.setAttribute('plan', 'pan-teh-2014-2016');
        paragraphOf(doc).insert(2, [element]);
      }),
      javascriptLink: peerUpdate(writer.doc, (doc) => firstRun(doc).format(0, 10, { link: { href: 'javascript:alert(1)' } })),
      hiddenJavascriptLink: peerUpdate(writer.doc, (doc) => firstRun(doc).format(0, 10, { link: { href: 'java\tscript:alert(1)' } })),
      dataLink: peerUpdate(writer.doc, (doc) => firstRun(doc).insert(0, 'ici ', { link: { href: 'data:text/html,<script>' } })),
      participantOrganisation: peerUpdate(writer.doc, (doc) => participantsArray(doc).push([newParticipant('Amicale\tdu Nid', [])])),
      participantPerson: peerUpdate(writer.doc, (doc) => participantsArray(doc).push([newParticipant('Amicale du Nid', ['Hélène\u001bDe Rugy'])])),
      speakerOrganisation: peerUpdate(writer.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).push([speakerTurn({ organisation: 'Hors\u0085la Rue' })])),
      speakerPerson: peerUpdate(writer.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).push([speakerTurn({ organisation: 'Hors la Rue', person: 'M.\u0008 Soulage' })])),
    };
    const before = storedRows(server.dbFile, id);
    // Four attacks per attacker: the fifth refusal within a minute would hold a user off (R6, 4429).
    const entries = Object.entries(attacks);
    const attackers = await Promise.all(Array.from({ length: Math.ceil(entries.length / 4) }, () => server.createUser('secretariat')));
    for (const [index, [name, attack]] of entries.entries()) {
      expect(await sendOnce(attackers[Math.floor(index / 4)]!, attack), name).toBe(CloseCode.malformedFrame);
    }
    expect(storedRows(server.dbFile, id)).toEqual(before);

    // The room rebuilt its document after each late refusal: what an honest editor writes next is stored alone.
    writer.doc.transact(() => {
      metaMap(writer.doc).set('writtenOn', '2013-11-26');
      firstRun(writer.doc).format(0, 10, { link: { href: 'https://www.ecpat-france.fr' } });
    });
    await eventually(() => expect(readMeta(storedDocument(server.dbFile, id)).writtenOn).toBe('2013-11-26'));
    const stored = storedDocument(server.dbFile, id);
    expect(readMeta(stored)).toEqual({ title: 'Réunion du Collectif', meetingDate: '2013-11-22', writtenOn: '2013-11-26' });
    expect(readParticipants(stored)).toEqual([]);
    expect(JSON.stringify(readBodyContent(stored))).not.toMatch(/javascript|data:|speakerTurn|"number":(0|null|"abc")/);
    expect(JSON.stringify(readBodyContent(stored))).toContain('https://www.ecpat-france.fr');
  });

  it('A2: what was stored under older rules still opens, reads and exports, and an edit may move it, but not add to it', async () => {
    // As an older server accepted it: straight into the log, never through this relay.
    const legacy = peerUpdate(storedDocument(server.dbFile, id), (doc) => {
      metaMap(doc).set('title', 'Réunion\tdu Collectif');
      firstRun(doc).format(0, 10, { link: { href: 'javascript:alert(1)' } });
      measureOf(doc).setAttribute('number', Number.NaN as unknown as string);
    });
    await server.store.append(id, [legacy]);

    const late = client(server.admin);
    await synced(late);
    expect(late.doc.getMap('meta').get('title')).toBe('Réunion\tdu Collectif');
    const read = await server.api(`/api/minutes/${id}`);
    expect(read.status).toBe(200);
    const document = (await read.json()) as { meta: { title: string }; repaired: unknown };
    expect(document).toMatchObject({ meta: { title: 'Réunion du Collectif' }, repaired: null });
    for (const format of ['html', 'md']) {
      expect((await server.api(`/api/minutes/${id}/export?format=${format}&profile=internal`)).status, format).toBe(200);
    }

    // Splitting the paragraph recreates its runs with their old link, its measure with its old number: not new, accepted.
    const split = (doc: Y.Doc) => {
      const tail = new Y.XmlElement('paragraph');
      const run = new Y.XmlText();
      run.insert(0, 'Resiland', { link: { href: 'javascript:alert(1)' } });
      tail.insert(0, [run, measureRef(Number.NaN)]);
      doc.getXmlFragment(BODY_FRAGMENT).push([tail]);
    };
    let closed = 0;
    late.provider.on('connection-close', () => closed++);
    split(late.doc);
    await eventually(() => expect(storedDocument(server.dbFile, id).getXmlFragment(BODY_FRAGMENT).length).toBe(2));
    expect(closed).toBe(0);
    // A target or a number the document never held is still refused.
    const other = peerUpdate(late.doc, (doc) => firstRun(doc).format(0, 4, { link: { href: 'javascript:fetch(1)' } }));
    expect(await sendOnce(await server.createUser('member'), other)).toBe(CloseCode.malformedFrame);
    const number = peerUpdate(late.doc, (doc) => measureOf(doc).setAttribute('number', -4 as unknown as string));
    expect(await sendOnce(await server.createUser('member'), number)).toBe(CloseCode.malformedFrame);
  });
});
