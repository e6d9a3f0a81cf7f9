import { updateYFragment } from '@tiptap/y-tiptap';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeResponse } from '../../../shared/api/auth';
import type { MinutesDocument } from '../../../shared/api/minutes';
import { accountSignature, type AccountSignature } from '../../../shared/model/accountSignature';
import { readMeta, writeMeta } from '../../../shared/model/meta';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType } from '../../../shared/protocol/messages';
import { type ProseMirrorJSON, checkedBody, readBodyContent, writeBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { acceptedDocument } from '../../../shared/suggestions/baseDocument';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';
import { encodeUpdate } from './frames';

type Json = Record<string, unknown>;

const text = (value: string, ...marks: Json[]): Json => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const body = (...paragraphs: Json[][]): ProseMirrorJSON => ({
  type: 'doc',
  content: paragraphs.map((content) => ({ type: 'paragraph', content })),
});
const INITIAL = body([text('Le projet Resiland débute.')]);

/** The body as stored in the SQLite file: compacted state and log. */
const storedBody = (dbFile: string, id: string): ProseMirrorJSON => {
  const db = new Database(dbFile, { readonly: true });
  try {
    const doc = new Y.Doc({ gc: false });
    const row = db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null };
    if (row.state) Y.applyUpdate(doc, row.state);
    for (const { data } of db.prepare('SELECT data FROM document_updates WHERE document_id = ?').all(id) as Array<{ data: Buffer }>) {
      Y.applyUpdate(doc, data);
    }
    return readBodyContent(doc);
  } finally {
    db.close();
  }
};

/** Writes `json` as the body, as the editor's binding does: only what differs changes. */
const writeBody = (doc: Y.Doc, json: unknown) =>
  doc.transact(() => updateYFragment(doc, doc.getXmlFragment(BODY_FRAGMENT), checkedBody(json), { mapping: new Map(), isOMark: new Map() }));

/** `json` as the server reads it back from a document. */
const normalised = (json: unknown): ProseMirrorJSON => {
  const doc = new Y.Doc();
  writeBodyContent(doc, json);
  return readBodyContent(doc);
};

describe('suggestion-only members during the review', () => {
  let server: TestServer;
  let id: string;
  let member: TestUser;
  let secretariat: TestUser;
  const clients: CollabClient[] = [];
  const client = (as: TestUser) => {
    const c = connectClient(server.collabUrl, id, as.token);
    clients.push(c);
    return c;
  };
  const setSuggestOnly = (on: boolean, as: TestUser = server.admin) =>
    server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: on }, as });
  const setStatus = (status: 'draft' | 'review') => server.api(`/api/minutes/${id}/status`, { body: { status }, as: secretariat });
  const accessOf = async (as: TestUser) => ((await (await server.api(`/api/minutes/${id}`, { as })).json()) as MinutesDocument).access;
  /** Signed as the member's editor signs: the account's name and association, as `/api/me` gives them. */
  let signature: AccountSignature;
  const insertion = (suggestionId: string, user: TestUser['user'] = member.user, signedAs: AccountSignature = signature) => ({
    type: 'insertion',
    attrs: { id: suggestionId, userId: user.id, author: signedAs.name, association: signedAs.association },
  });

  /**
   * A raw socket of `as`, and the update that turns `from`'s state into `change`'s result:
   * what a modified editor could send.
   */
  const forge = async (as: TestUser, from: Y.Doc, change: (doc: Y.Doc) => void) => {
    const raw = openRawSocket(server.collabUrl, id, { token: as.token });
    await raw.opened;
    const forged = new Y.Doc({ gc: false });
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(from));
    const before = Y.encodeStateVector(forged);
    change(forged);
    return { raw, update: encodeUpdate(Y.encodeStateAsUpdate(forged, before)) };
  };
  const permissionDenied = (frames: Uint8Array[]) => frames.filter((frame) => frame[0] === MessageType.auth);

  beforeEach(async () => {
    server = await startTestServer();
    member = await server.createUser('member');
    secretariat = await server.createUser('secretariat');
    const me = (await (await server.api('/api/me', { as: member })).json()) as MeResponse;
    signature = accountSignature({ name: me.user.name, associationName: me.user.associationName, collectiveName: me.collective.name });
    const created = await server.api('/api/minutes', { body: { meta: { title: 'Réunion du Collectif' }, content: INITIAL } });
    id = ((await created.json()) as { id: string }).id;
    expect((await setSuggestOnly(true)).status).toBe(200);
    expect((await setStatus('review')).status).toBe(200);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('R20: a member gets « suggest » only while in review with the setting on; others keep their access', async () => {
    const reader = await server.createUser('reader');
    expect(await accessOf(member)).toBe('suggest');
    expect(await accessOf(secretariat)).toBe('write');
    expect(await accessOf(server.admin)).toBe('write');
    expect(await accessOf(reader)).toBe('read');
    await setSuggestOnly(false);
    expect(await accessOf(member)).toBe('write');
    await setSuggestOnly(true);
    await setStatus('draft');
    expect(await accessOf(member)).toBe('write');
  });

  it('R21: a suggestion-only member’s direct edit reaches neither the others nor the database; it is told once', async () => {
    const memberClient = client(member);
    const observer = client(secretariat);
    await Promise.all([synced(memberClient), synced(observer)]);

    const { raw, update } = await forge(member, memberClient.doc, (doc) => writeBody(doc, body([text('Le projet Resiland est abandonné.')])));
    raw.send(update);
    raw.send(update);
    await eventually(() => expect(permissionDenied(raw.frames)).toHaveLength(1));

    // A later accepted edit shows the refused one never went through.
    writeBody(observer.doc, body([text('Le projet Resiland débute.')], [text('Suite.')]));
    const expected = normalised(body([text('Le projet Resiland débute.')], [text('Suite.')]));
    await eventually(() => expect(readBodyContent(memberClient.doc)).toEqual(expected));
    expect(readBodyContent(observer.doc)).toEqual(expected);
    expect(storedBody(server.dbFile, id)).toEqual(expected);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it('R21: its own suggestion is stored and seen live; one forged in another user’s name, one signed as someone else and a change of the metadata are refused', async () => {
    const memberClient = client(member);
    const observer = client(secretariat);
    await Promise.all([synced(memberClient), synced(observer)]);

    const suggested = body([text('Le projet Resiland débute'), text(' en janvier', insertion('s1')), text('.')]);
    writeBody(memberClient.doc, suggested);
    await eventually(() => expect(readBodyContent(observer.doc)).toEqual(normalised(suggested)));
    expect(storedBody(server.dbFile, id)).toEqual(normalised(suggested));

    const forgedName = await forge(member, memberClient.doc, (doc) =>
      writeBody(doc, body([text('Le projet Resiland débute'), text(' en janvier', insertion('s1')), text(', dit-elle', insertion('s2', secretariat.user)), text('.')])),
    );
    forgedName.raw.send(forgedName.update);
    // Its own user id, but signed as someone else.
    const signedAsOther = await forge(member, memberClient.doc, (doc) =>
      writeBody(doc, body([text('Le projet Resiland débute'), text(' en janvier', insertion('s1')), text(', approuvé', insertion('s3', member.user, { name: 'Sarah Berthelot', association: 'Coordination' })), text('.')])),
    );
    signedAsOther.raw.send(signedAsOther.update);
    const forgedMeta = await forge(member, memberClient.doc, (doc) => writeMeta(doc, { title: 'Titre falsifié' }));
    forgedMeta.raw.send(forgedMeta.update);
    await eventually(() => expect(permissionDenied(forgedName.raw.frames)).toHaveLength(1));
    await eventually(() => expect(permissionDenied(signedAsOther.raw.frames)).toHaveLength(1));
    await eventually(() => expect(permissionDenied(forgedMeta.raw.frames)).toHaveLength(1));

    // The member goes on suggesting: its connection was never disturbed.
    const more = body([text('Le projet Resiland débute'), text(' en janvier 2014', insertion('s1')), text('.')]);
    writeBody(memberClient.doc, more);
    await eventually(() => expect(readBodyContent(observer.doc)).toEqual(normalised(more)));
    expect(storedBody(server.dbFile, id)).toEqual(normalised(more));
    expect(readMeta(observer.doc).title).toBe('Réunion du Collectif');
    forgedName.raw.socket.close();
    signedAsOther.raw.socket.close();
    forgedMeta.raw.socket.close();
  });

  it('R21, W8: the secretariat accepts the suggestion as ordinary edits and a third client reads the text without marks', async () => {
    const memberClient = client(member);
    const secretariatClient = client(secretariat);
    await Promise.all([synced(memberClient), synced(secretariatClient)]);
    const suggested = body([text('Le projet Resiland débute'), text(' en janvier', insertion('s1')), text('.')]);
    writeBody(memberClient.doc, suggested);
    await eventually(() => expect(readBodyContent(secretariatClient.doc)).toEqual(normalised(suggested)));

    writeBody(secretariatClient.doc, acceptedDocument(checkedBody(readBodyContent(secretariatClient.doc))).toJSON());
    const decided = await server.api(`/api/minutes/${id}/suggestions/decisions`, {
      body: {
        decision: 'accept',
        suggestions: [{ id: 's1', userId: member.user.id, author: member.user.name, association: 'Amicale du Nid', kind: 'insertion', text: ' en janvier' }],
      },
      as: secretariat,
    });
    expect(decided.status).toBe(200);

    const accepted = normalised(body([text('Le projet Resiland débute en janvier.')]));
    const third = client(server.admin);
    await synced(third);
    await eventually(() => expect(readBodyContent(third.doc)).toEqual(accepted));
    await eventually(() => expect(readBodyContent(memberClient.doc)).toEqual(accepted));
    expect(storedBody(server.dbFile, id)).toEqual(accepted);
  });

  it('R20: moving to review or switching the setting reconnects a member (4503) with its new access', async () => {
    await setStatus('draft');
    const memberClient = client(member);
    const secretariatClient = client(secretariat);
    await Promise.all([synced(memberClient), synced(secretariatClient)]);
    const memberCloses: number[] = [];
    const secretariatCloses: number[] = [];
    memberClient.provider.on('connection-close', (event) => memberCloses.push(event?.code ?? 0));
    secretariatClient.provider.on('connection-close', (event) => secretariatCloses.push(event?.code ?? 0));

    expect((await setStatus('review')).status).toBe(200);
    await eventually(() => expect(memberCloses).toEqual([CloseCode.rightsChanged]));
    expect(await accessOf(member)).toBe('suggest');
    await eventually(() => expect(memberClient.provider.wsconnected && memberClient.provider.synced).toBe(true));

    // Reconnected as suggestion-only: a direct edit is now dropped.
    writeBody(memberClient.doc, body([text('Le projet Resiland débute. Modifié.')]));
    writeBody(secretariatClient.doc, body([text('Le projet Resiland débute.')], [text('Du secrétariat.')]));
    const expected = normalised(body([text('Le projet Resiland débute.')], [text('Du secrétariat.')]));
    await eventually(() => expect(storedBody(server.dbFile, id)).toEqual(expected));
    expect(readBodyContent(secretariatClient.doc)).toEqual(expected);

    expect((await setSuggestOnly(false)).status).toBe(200);
    await eventually(() => expect(memberCloses).toEqual([CloseCode.rightsChanged, CloseCode.rightsChanged]));
    expect(await accessOf(member)).toBe('write');
    expect(secretariatCloses).toEqual([]);
  });
});
