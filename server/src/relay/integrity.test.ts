import Database from 'better-sqlite3';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeResponse } from '../../../shared/api/auth';
import { accountSignature } from '../../../shared/model/accountSignature';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { bodyText } from '../testing/bodyText';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { peerUpdate, sendOnce as sendUpdateOnce } from '../testing/peerUpdate';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const INITIAL = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le projet Resiland débute.' }] }],
};

/** Every row stored for a document, as a restarted server would read them. */
function storedRows(dbFile: string, id: string): { state: Uint8Array | null; updates: Uint8Array[] } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null };
    const updates = db.prepare('SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq').all(id) as Array<{ data: Buffer }>;
    return { state: row.state, updates: updates.map((u) => u.data) };
  } finally {
    db.close();
  }
}

/** The stored document, asserted to load whole: nothing pending, only the model's roots, a readable body. */
function storedDocument(dbFile: string, id: string): Y.Doc {
  const { state, updates } = storedRows(dbFile, id);
  const doc = new Y.Doc({ gc: false });
  if (state) Y.applyUpdate(doc, state);
  for (const update of updates) Y.applyUpdate(doc, update);
  expect(doc.store.pendingStructs).toBeNull();
  expect(doc.store.pendingDs).toBeNull();
  expect([...doc.share.keys()].every((root) => ['default', 'meta', 'participants'].includes(root))).toBe(true);
  readBodyContent(doc);
  return doc;
}

/** One hand-written struct of `client` at `clock`: a string after `origin`, or an element under `parent`. */
function forged(client: number, clock: number, link: { origin: [number, number] } | { parent: [number, number] }): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  if ('origin' in link) {
    encoding.writeUint8(encoder, 0x80 | 4);
    encoding.writeVarUint(encoder, link.origin[0]);
    encoding.writeVarUint(encoder, link.origin[1]);
    encoding.writeVarString(encoder, 'poison');
  } else {
    encoding.writeUint8(encoder, 7); // a type, its parent written as an id
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, link.parent[0]);
    encoding.writeVarUint(encoder, link.parent[1]);
    encoding.writeVarUint(encoder, 3);
    encoding.writeVarString(encoder, 'paragraph');
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

describe('integrity of what the relay stores (R23, R24)', () => {
  let server: TestServer;
  let id: string;
  const clients: CollabClient[] = [];
  const client = (as: TestUser) => {
    const c = connectClient(server.collabUrl, id, as.token);
    clients.push(c);
    return c;
  };
  const sendOnce = (as: TestUser, update: Uint8Array) => sendUpdateOnce(server.collabUrl, id, as.token, update);
  const firstRun = (doc: Y.Doc) => (doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  /** The API, versions and exports all still read the document. */
  const readableEverywhere = async () => {
    expect((await server.api(`/api/minutes/${id}`)).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}/versions`)).status).toBe(200);
    for (const format of ['html', 'md', 'docx', 'odt']) {
      expect((await server.api(`/api/minutes/${id}/export?format=${format}&profile=internal`)).status, format).toBe(200);
    }
  };

  beforeEach(async () => {
    server = await startTestServer();
    const created = await server.api('/api/minutes', { body: { meta: { title: 'Réunion du Collectif' }, content: INITIAL } });
    id = ((await created.json()) as { id: string }).id;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('R23: an item naming itself as origin or parent, or a clock far ahead, is refused (4400) and stored nowhere', async () => {
    const member = await server.createUser('member');
    const honest = client(member);
    await synced(honest);
    const [client0, clock0] = [...Y.decodeStateVector(Y.encodeStateVector(honest.doc))][0]!;
    const before = storedRows(server.dbFile, id);
    const attacks = [
      forged(4242, 0, { origin: [4242, 0] }),
      forged(4242, 0, { parent: [4242, 0] }),
      forged(4242, 0, { origin: [client0, clock0 + 50] }),
      forged(client0, clock0 + 1000, { origin: [client0, 0] }),
      forged(4242, 2 ** 33, { origin: [client0, 0] }),
    ];
    const attacker = await server.createUser('member');
    for (const attack of attacks) expect(await sendOnce(attacker, attack)).toBe(CloseCode.malformedFrame);
    expect(storedRows(server.dbFile, id)).toEqual(before);

    honest.type(' Suite.');
    await eventually(() => expect(bodyText(storedDocument(server.dbFile, id))).toBe('Le projet Resiland débute. Suite.'));
    const late = client(member);
    await synced(late);
    expect(late.text()).toBe('Le projet Resiland débute. Suite.');
    await readableEverywhere();
  });

  it('R23: an unknown mark, node or attribute from a writer is refused, and exports keep working for everyone', async () => {
    const writer = client(server.admin);
    await synced(writer);
    const attacks = [
      peerUpdate(writer.doc, (doc) => firstRun(doc).format(0, 6, { script: { src: 'x' } })),
      peerUpdate(writer.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).push([new Y.XmlElement('iframe')])),
      peerUpdate(writer.doc, (doc) => (doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement).setAttribute('onclick', 'x')),
      peerUpdate(writer.doc, (doc) => doc.getText('ailleurs').insert(0, 'hors du modèle')),
    ];
    const attacker = await server.createUser('secretariat');
    for (const attack of attacks) expect(await sendOnce(attacker, attack)).toBe(CloseCode.malformedFrame);
    // The attribute is refused after integrating: the room rebuilt its document, so the next edit is stored alone.
    writer.type(' Adopté.');
    await eventually(() => expect(bodyText(storedDocument(server.dbFile, id))).toBe('Le projet Resiland débute. Adopté.'));
    const stored = storedDocument(server.dbFile, id);
    expect((stored.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement).getAttribute('onclick')).toBeUndefined();
    await readableEverywhere();
  });

  it('R23: a 4 MB delete set for a client with no content is refused and nothing of it is stored', async () => {
    const writer = client(server.admin);
    await synced(writer);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 999_999);
    const ranges = 1_100_000;
    encoding.writeVarUint(encoder, ranges);
    for (let i = 0; i < ranges; i++) {
      encoding.writeVarUint(encoder, i * 2);
      encoding.writeVarUint(encoder, 1);
    }
    const flood = encoding.toUint8Array(encoder);
    expect(flood.length).toBeGreaterThan(4_000_000);
    const before = storedRows(server.dbFile, id);
    expect(await sendOnce(server.admin, flood)).toBe(CloseCode.malformedFrame);
    expect(storedRows(server.dbFile, id)).toEqual(before);
    writer.type(' Suite.');
    await eventually(() => expect(bodyText(storedDocument(server.dbFile, id))).toBe('Le projet Resiland débute. Suite.'));
  });

  it('R23, R24: with members suggesting only, a forged update from the secretariat is refused and nobody is disconnected', async () => {
    const member = await server.createUser('member');
    const secretariat = await server.createUser('secretariat');
    expect((await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } })).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' }, as: secretariat })).status).toBe(200);
    const me = (await (await server.api('/api/me', { as: member })).json()) as MeResponse;
    const signed = accountSignature({ name: me.user.name, associationName: me.user.associationName, collectiveName: me.collective.name });
    const suggesting = client(member);
    const editing = client(secretariat);
    await Promise.all([synced(suggesting), synced(editing)]);
    // The member proposes words: the room now keeps the suggestion guard's copy of the document.
    const run = firstRun(suggesting.doc);
    run.insert(run.length, ' Proposé.', {
      insertion: { id: 's1', userId: member.user.id, author: signed.name, association: signed.association },
    });
    await eventually(() => expect(editing.text()).toBe('Le projet Resiland débute. Proposé.'));

    const [client0] = [...Y.decodeStateVector(Y.encodeStateVector(editing.doc))][0]!;
    expect(await sendOnce(secretariat, forged(client0 + 1, 0, { origin: [client0 + 1, 0] }))).toBe(CloseCode.malformedFrame);
    expect(await sendOnce(secretariat, forged(777, 0, { parent: [777, 0] }))).toBe(CloseCode.malformedFrame);

    editing.type(' Accepté.');
    await eventually(() => expect(suggesting.text()).toBe('Le projet Resiland débute. Proposé. Accepté.'));
    expect(suggesting.provider.wsconnected && editing.provider.wsconnected).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    storedDocument(server.dbFile, id);
  });

  it('R6: a user whose updates were refused five times within a minute is held off the document (4429), others are not', async () => {
    const attacker = await server.createUser('member');
    const colleague = client(await server.createUser('member'));
    await synced(colleague);
    const poison = forged(4242, 0, { origin: [4242, 0] });
    for (let i = 0; i < 5; i++) expect(await sendOnce(attacker, poison)).toBe(CloseCode.malformedFrame);
    const next = openRawSocket(server.collabUrl, id, { token: attacker.token });
    expect((await next.closed).code).toBe(CloseCode.tooManyMessages);
    colleague.type(' Suite.');
    await eventually(() => expect(bodyText(storedDocument(server.dbFile, id))).toBe('Le projet Resiland débute. Suite.'));
  });
});
