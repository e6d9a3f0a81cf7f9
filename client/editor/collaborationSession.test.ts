import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { MessageType, SyncType } from '../../shared/protocol/messages';
import { SCHEMA_VERSION } from '../../shared/schema/schemaVersion';
import type { MinutesDocument } from '../../shared/api/minutes';
import { deleteAccountDatabases } from '../offline/localDatabases';
import { createCollaborationSession, relayUrl } from './collaborationSession';
import { ScriptedWebSocket } from '../testing/scriptedWebSocket';

const user = { name: 'Paul', association: 'Hors la Rue', color: '#1f6feb' };
const location = { protocol: 'http:', host: 'minutier.test:3000' };

beforeEach(() => {
  ScriptedWebSocket.opened = [];
  vi.stubGlobal('WebSocket', ScriptedWebSocket);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('relayUrl', () => {
  it('follows the page: ws for http, wss for https', () => {
    expect(relayUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/collab');
    expect(relayUrl({ protocol: 'https:', host: 'minutier.example.org' })).toBe('wss://minutier.example.org/collab');
  });
});

describe('createCollaborationSession', () => {
  it('R14: keeps Yjs garbage collection off in the editor', () => {
    const session = createCollaborationSession('AbCdEfGhIjKlMnOpQr_-12', user, location);
    expect(session.doc.gc).toBe(false);
    session.destroy();
  });

  it('connects to the document on the relay, declaring its schema version and opting in to events, without BroadcastChannel', () => {
    const session = createCollaborationSession('AbCdEfGhIjKlMnOpQr_-12', user, location);
    expect(ScriptedWebSocket.opened.map((socket) => socket.url)).toEqual([
      `ws://minutier.test:3000/collab/AbCdEfGhIjKlMnOpQr_-12?schema=${SCHEMA_VERSION}&events=1`,
    ]);
    expect(session.provider.bcconnected).toBe(false);
    session.destroy();
  });

  it('publishes the user in awareness', () => {
    const session = createCollaborationSession('AbCdEfGhIjKlMnOpQr_-12', user, location);
    expect(session.provider.awareness.getLocalState()).toMatchObject({ user });
    session.destroy();
  });

  it('feeds the frames the server sends to the sync tracker', () => {
    const session = createCollaborationSession('AbCdEfGhIjKlMnOpQr_-12', user, location);
    session.doc.getText('t').insert(0, 'bonjour');
    expect(session.tracker.pending).toBe(true);

    const echo = encoding.createEncoder();
    encoding.writeVarUint(echo, MessageType.sync);
    encoding.writeVarUint(echo, SyncType.update);
    encoding.writeVarUint8Array(echo, Y.encodeStateAsUpdate(session.doc));
    const socket = ScriptedWebSocket.opened[0];
    socket?.onmessage?.({ data: encoding.toUint8Array(echo).buffer as ArrayBuffer });

    expect(session.tracker.pending).toBe(false);
    session.destroy();
  });

  it('closes the socket and stops tracking when destroyed', () => {
    const session = createCollaborationSession('AbCdEfGhIjKlMnOpQr_-12', user, location);
    const listener = vi.fn();
    session.tracker.subscribe(listener);
    session.destroy();
    expect(ScriptedWebSocket.opened[0]?.closed).toBe(true);
    expect(session.provider.shouldConnect).toBe(false);
    session.doc.getText('t').insert(0, 'après coup');
    expect(listener).not.toHaveBeenCalled();
  });

  it('issue 19: loads the local copy first, then connects declaring the epoch the page opened with', async () => {
    const minutes = { id: 'AbCdEfGhIjKlMnOpQr_-12', epoch: 3, status: 'draft', content: { type: 'doc' } } as unknown as MinutesDocument;
    const place = { accountId: 'u-paul', documentId: minutes.id, minutes, fromServer: true };
    const session = createCollaborationSession(minutes.id, user, location, { localCopy: place });
    expect(ScriptedWebSocket.opened).toEqual([]);
    await vi.waitFor(() => expect(ScriptedWebSocket.opened).toHaveLength(1));
    expect(session.localCopy.state.mode).toBe('on');
    expect(ScriptedWebSocket.opened[0]?.url).toBe(
      `ws://minutier.test:3000/collab/${minutes.id}?schema=${SCHEMA_VERSION}&events=1&epoch=3`,
    );
    session.destroy();
    await deleteAccountDatabases('u-paul');
  });
});
