import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyText, appendToBody } from '../testing/bodyText';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType } from '../../../shared/protocol/messages';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { signIn } from '../testing/signIn';
import { type TestServer, startTestServer } from '../testing/testServer';
import { encodeUpdate } from '../relay/frames';

const storedText = (dbFile: string, id: string): string => {
  const db = new Database(dbFile, { readonly: true });
  try {
    const doc = new Y.Doc();
    const row = db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null };
    if (row.state) Y.applyUpdate(doc, row.state);
    for (const { data } of db.prepare('SELECT data FROM document_updates WHERE document_id = ?').all(id) as Array<{ data: Buffer }>) {
      Y.applyUpdate(doc, data);
    }
    return bodyText(doc);
  } finally {
    db.close();
  }
};

describe('access control on the relay', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const client = (id: string, token: string) => {
    const c = connectClient(server.collabUrl, id, token);
    clients.push(c);
    return c;
  };
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('R16: no token, or a wrong one, gets no document byte', async () => {
    const id = await server.createDocument();
    for (const params of [{}, { token: 'faux-jeton' }] as Array<Record<string, string>>) {
      const raw = openRawSocket(server.collabUrl, id, params);
      expect((await raw.closed).code).toBe(CloseCode.unauthenticated);
      expect(raw.frames).toEqual([]);
    }
  });

  it('R16: a session cookie from another site cannot open the relay', async () => {
    const id = await server.createDocument();
    const session = await signIn(server.url, server.admin.user.email, server.admin.password);
    const foreign = openRawSocket(server.collabUrl, id, {}, { cookie: session.cookie, origin: 'https://attaquant.example' });
    expect((await foreign.closed).code).toBe(CloseCode.unauthenticated);
    expect(foreign.frames).toEqual([]);
    const own = openRawSocket(server.collabUrl, id, {}, { cookie: session.cookie, origin: server.url });
    await eventually(() => expect(own.frames.length).toBeGreaterThan(0));
    own.socket.close();
  });

  it('R17: a reader receives the document but its edits reach neither the others nor the database', async () => {
    const id = await server.createDocument();
    const reader = await server.createUser('reader');
    const writer = client(id, server.admin.token);
    await synced(writer);
    writer.type('Texte de la coordination. ');

    const raw = openRawSocket(server.collabUrl, id, { token: reader.token });
    await raw.opened;
    const attacker = new Y.Doc();
    appendToBody(attacker, 'FALSIFIÉ');
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(attacker)));
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(attacker)));

    const readerClient = client(id, reader.token);
    await synced(readerClient);
    expect(readerClient.text()).toBe('Texte de la coordination. ');
    await eventually(() => expect(raw.frames.filter((f) => f[0] === MessageType.auth)).toHaveLength(1));
    writer.type('Suite.');
    await eventually(() => expect(readerClient.text()).toBe('Texte de la coordination. Suite.'));
    expect(writer.text()).toBe('Texte de la coordination. Suite.');
    expect(storedText(server.dbFile, id)).toBe('Texte de la coordination. Suite.');
    raw.socket.close();
  });

  it('R18: someone of another collective gets 404, over HTTP and on the relay', async () => {
    const id = await server.createDocument();
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre') });
    expect((await server.api(`/api/minutes/${id}`, { as: outsider })).status).toBe(404);
    const list = (await (await server.api('/api/minutes', { as: outsider })).json()) as { minutes: unknown[] };
    expect(list.minutes).toEqual([]);
    const raw = openRawSocket(server.collabUrl, id, { token: outsider.token });
    expect((await raw.closed).code).toBe(CloseCode.unknownDocument);
    expect(raw.frames).toEqual([]);
  });

  it('R18: a share opens one document to one person of another collective, and unsharing closes it', async () => {
    const id = await server.createDocument();
    const guest = await server.createUser('reader', { collectiveId: await server.createCollective('Ministère') });
    const share = await server.api(`/api/minutes/${id}/shares`, { method: 'PUT', body: { email: guest.user.email, access: 'write' } });
    expect(share.status).toBe(200);
    const list = (await (await server.api('/api/minutes', { as: guest })).json()) as { minutes: Array<{ id: string }> };
    expect(list.minutes.map((m) => m.id)).toEqual([id]);

    const guestClient = client(id, guest.token);
    await synced(guestClient);
    guestClient.type('Correction du ministère.');
    await eventually(() => expect(storedText(server.dbFile, id)).toBe('Correction du ministère.'));

    const closes: number[] = [];
    guestClient.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    expect((await server.api(`/api/minutes/${id}/shares/${encodeURIComponent(guest.user.email)}`, { method: 'DELETE' })).status).toBe(200);
    await eventually(() => expect(closes).toContain(CloseCode.forbidden));
    expect((await server.api(`/api/minutes/${id}`, { as: guest })).status).toBe(404);
  });

  it('R19: revoking a token closes the live connection it opened', async () => {
    const id = await server.createDocument();
    const member = await server.createUser('member');
    const memberClient = client(id, member.token);
    await synced(memberClient);
    const closes: number[] = [];
    memberClient.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    const tokens = (await (await server.api('/api/tokens', { as: member })).json()) as { tokens: Array<{ id: string }> };
    expect((await server.api(`/api/tokens/${tokens.tokens[0]!.id}`, { method: 'DELETE', as: member })).status).toBe(200);
    await eventually(() => expect(closes).toContain(CloseCode.unauthenticated));
    expect((await server.api('/api/minutes', { as: member })).status).toBe(401);
  });

  it('R19: lowering a role closes the connection, which comes back read-only', async () => {
    const id = await server.createDocument();
    const member = await server.createUser('member');
    const memberClient = client(id, member.token);
    await synced(memberClient);
    const closes: number[] = [];
    memberClient.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    const patch = await server.api(`/api/users/${member.user.id}`, { method: 'PATCH', body: { role: 'reader' } });
    expect(patch.status).toBe(200);
    await eventually(() => expect(closes).toContain(CloseCode.rightsChanged));
    await eventually(() => expect(memberClient.provider.synced).toBe(true));
    memberClient.type('après rétrogradation');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(storedText(server.dbFile, id)).toBe('');
  });

  it('R19: disabling an account closes its connections', async () => {
    const id = await server.createDocument();
    const member = await server.createUser('member');
    const memberClient = client(id, member.token);
    await synced(memberClient);
    const closes: number[] = [];
    memberClient.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await server.api(`/api/users/${member.user.id}`, { method: 'PATCH', body: { disabled: true } });
    await eventually(() => expect(closes).toContain(CloseCode.forbidden));
  });
});
