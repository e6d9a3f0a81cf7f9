import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType, SyncType } from '../../../shared/protocol/messages';
import { decodeMinutierEvent } from '../../../shared/protocol/minutierEvent';
import { appendToBody } from '../testing/bodyText';
import { eventually } from '../testing/collabClient';
import { type RawSocket, openRawSocket } from '../testing/rawSocket';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';
import { encodeUpdate } from './frames';

const eventsOf = (socket: RawSocket) => socket.frames.map(decodeMinutierEvent).filter(Boolean);
const isUpdate = (frame: Uint8Array) => {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === MessageType.sync && decoding.readVarUint(decoder) === SyncType.update;
};
const updateFrameFor = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  appendToBody(doc, text);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
};

describe('review events (W10)', () => {
  let server: TestServer;
  const sockets: RawSocket[] = [];
  const open = async (documentId: string, params: Record<string, string>, as: TestUser = server.admin) => {
    const socket = openRawSocket(server.collabUrl, documentId, { token: as.token, ...params });
    sockets.push(socket);
    await socket.opened;
    await eventually(() => expect(socket.frames.length).toBeGreaterThan(0));
    return socket;
  };
  /** Once this socket's own later update is back, any event sent before it has arrived too. */
  const flushed = async (socket: RawSocket, text: string) => {
    const updates = socket.frames.filter(isUpdate).length;
    socket.send(updateFrameFor(text));
    await eventually(() => expect(socket.frames.filter(isUpdate).length).toBeGreaterThan(updates));
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.close();
    await server.close();
  });

  it('W10: a status move, a version, an approval and a restore each send {"type":"review"} to the opted-in connections of that document only', async () => {
    const association = (await (await server.api('/api/associations', { body: { name: 'Hors la Rue' } })).json()) as { id: string };
    const member = await server.createUser('member');
    await server.accounts.updateUser(member.user.id, { associationId: association.id });
    const created = await server.api('/api/minutes', {
      body: { meta: { title: 'Réunion' }, participants: [{ organisation: 'Hors la Rue', people: [], attendance: 'present' }] },
    });
    const id = ((await created.json()) as { id: string }).id;
    const other = await server.createDocument('Autre compte-rendu');
    const optedIn = await open(id, { events: '1' });
    const plain = await open(id, {});
    const elsewhere = await open(other, { events: '1' });

    const acts: Array<() => Promise<Response>> = [
      () => server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } }),
      () => server.api(`/api/minutes/${id}/versions`, { body: { label: 'Avant corrections' } }),
      () => server.api(`/api/minutes/${id}/approvals`, { body: { versionId: 'current' }, as: member }),
    ];
    for (const [index, act] of acts.entries()) {
      expect((await act()).status).toBeLessThan(300);
      await eventually(() => expect(eventsOf(optedIn)).toHaveLength(index + 1));
    }
    const versions = ((await (await server.api(`/api/minutes/${id}/versions`)).json()) as { versions: Array<{ id: string; label: string }> }).versions;
    const saved = versions.find((version) => version.label === 'Avant corrections')!;
    expect((await server.api(`/api/minutes/${id}/versions/${saved.id}/restore`, { method: 'POST' })).status).toBe(201);
    await eventually(() => expect(eventsOf(optedIn)).toEqual(Array.from({ length: 4 }, () => ({ type: 'review' }))));

    await flushed(plain, 'après les actes');
    await flushed(elsewhere, 'ailleurs');
    expect(eventsOf(plain)).toEqual([]);
    expect(eventsOf(elsewhere)).toEqual([]);
  });

  it('W10: validation and reopening reach open editors by reconnecting them with 4503 (W4)', async () => {
    const id = await server.createDocument();
    const beforeValidation = await open(id, { events: '1' });
    expect((await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17' } })).status).toBe(201);
    expect((await beforeValidation.closed).code).toBe(CloseCode.rightsChanged);

    const beforeReopening = await open(id, { events: '1' });
    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Erreur de date' } })).status).toBe(200);
    expect((await beforeReopening.closed).code).toBe(CloseCode.rightsChanged);
  });

  it('W10: a change of the review settings sends {"type":"settings"} to the documents of that collective only', async () => {
    const id = await server.createDocument();
    const otherCollective = await server.createCollective('Autre collectif');
    const otherAdmin = await server.createUser('coordination', { collectiveId: otherCollective });
    const otherId = await server.createDocument('Ailleurs', otherAdmin);
    const mine = await open(id, { events: '1' });
    const theirs = await open(otherId, { events: '1' }, otherAdmin);

    const put = await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } });
    expect(put.status).toBe(200);
    await eventually(() => expect(eventsOf(mine)).toEqual([{ type: 'settings' }]));
    await flushed(theirs, 'ailleurs');
    expect(eventsOf(theirs)).toEqual([]);

    // Saving the same value again changes nobody's access: nothing to announce.
    await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } });
    await flushed(mine, 'ici');
    expect(eventsOf(mine)).toEqual([{ type: 'settings' }]);
  });
});
