import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendToBody } from '../testing/bodyText';
import type { CommentThread } from '../../../shared/api/comments';
import { MessageType, SyncType } from '../../../shared/protocol/messages';
import { decodeMinutierEvent, encodeMinutierEvent } from '../../../shared/protocol/minutierEvent';
import { eventually } from '../testing/collabClient';
import { type RawSocket, openRawSocket } from '../testing/rawSocket';
import { type TestServer, startTestServer } from '../testing/testServer';
import { DocumentEvents } from './documentEvents';
import { encodeUpdate } from './frames';

const messageType = (frame: Uint8Array) => decoding.readVarUint(decoding.createDecoder(frame));
const isUpdate = (frame: Uint8Array) => {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === MessageType.sync && decoding.readVarUint(decoder) === SyncType.update;
};
const events = (socket: RawSocket) => socket.frames.filter((frame) => messageType(frame) === MessageType.minutierEvent);

const updateFrameFor = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  appendToBody(doc, text);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
};

describe('document events', () => {
  let server: TestServer;
  const sockets: RawSocket[] = [];
  const open = async (documentId: string, params: Record<string, string>) => {
    const socket = openRawSocket(server.collabUrl, documentId, { token: server.admin.token, ...params });
    sockets.push(socket);
    await socket.opened;
    // The relay's sync step 1 says the connection has joined its room.
    await eventually(() => expect(socket.frames.length).toBeGreaterThan(0));
    return socket;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.close();
    await server.close();
  });

  it('C3: a comment write reaches the connections that opted in with ?events=1, and only them', async () => {
    const id = await server.createDocument();
    const other = await server.createDocument('Autre compte-rendu');
    const optedIn = await open(id, { events: '1' });
    const plain = await open(id, {});
    const elsewhere = await open(other, { events: '1' });

    const created = await server.api(`/api/minutes/${id}/comments`, { body: { quote: 'texte', body: 'Remarque', mentions: [] } });
    const { thread } = (await created.json()) as { thread: CommentThread };
    await eventually(() =>
      expect(optedIn.frames.map(decodeMinutierEvent).filter(Boolean)).toEqual([{ type: 'comments', threadId: thread.id }]),
    );

    // Frames reach a socket in the order they were sent: once this later update is in, an
    // event sent to the plain or the other document's connections would be there too.
    optedIn.send(updateFrameFor('après le commentaire'));
    elsewhere.send(updateFrameFor('ailleurs'));
    await eventually(() => expect(plain.frames.some(isUpdate) && elsewhere.frames.some(isUpdate)).toBe(true));
    expect(events(plain)).toEqual([]);
    expect(events(elsewhere)).toEqual([]);
    expect(events(optedIn)).toHaveLength(1);
  });

  it('C3: a closed connection is no longer told', () => {
    const documentEvents = new DocumentEvents();
    const received: Uint8Array[] = [];
    const unsubscribe = documentEvents.subscribe({ documentId: 'd1', send: (frame) => received.push(frame) });
    expect(documentEvents.publish('d1', { type: 'comments', threadId: 't1' })).toBe(1);
    expect(documentEvents.publish('d2', { type: 'comments', threadId: 't1' })).toBe(0);
    unsubscribe();
    expect(documentEvents.publish('d1', { type: 'comments', threadId: 't2' })).toBe(0);
    expect(received).toEqual([encodeMinutierEvent({ type: 'comments', threadId: 't1' })]);
  });

  it('C3: the event frame decodes back, and anything else decodes to null', () => {
    const frame = encodeMinutierEvent({ type: 'comments', threadId: 'abc' });
    expect(messageType(frame)).toBe(100);
    expect(decodeMinutierEvent(frame)).toEqual({ type: 'comments', threadId: 'abc' });
    expect(decodeMinutierEvent(updateFrameFor('x'))).toBeNull();
    expect(decodeMinutierEvent(new Uint8Array([100, 3, 0x7b, 0x7d, 0x7d]))).toBeNull();
    expect(decodeMinutierEvent(new Uint8Array([100]))).toBeNull();
  });
});
