import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../shared/protocol/messages';
import { encodeMinutierEvent } from '../../shared/protocol/minutierEvent';
import { receiveMinutierEvents } from './minutierEvents';
import { ScriptedWebSocket } from '../testing/scriptedWebSocket';

function eventFrame(json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.minutierEvent);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
}

let provider: WebsocketProvider;
let socket: ScriptedWebSocket;

beforeEach(() => {
  ScriptedWebSocket.opened = [];
  vi.stubGlobal('WebSocket', ScriptedWebSocket);
  provider = new WebsocketProvider('ws://minutier.test/collab', 'doc', new Y.Doc(), { connect: false, disableBc: true });
});

afterEach(() => {
  provider.destroy();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function connect(): void {
  provider.connect();
  socket = ScriptedWebSocket.opened[0]!;
}

describe('receiveMinutierEvents', () => {
  it('gives every subscriber the comment notices the relay sends', () => {
    const events = receiveMinutierEvents(provider);
    const first = vi.fn();
    const second = vi.fn();
    events.subscribe(first);
    events.subscribe(second);
    connect();
    socket.deliver(encodeMinutierEvent({ type: 'comments', threadId: 'th1' }));
    expect(first).toHaveBeenCalledWith({ type: 'comments', threadId: 'th1' });
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('ignores notices it cannot read, without the provider logging an error', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = receiveMinutierEvents(provider);
    const listener = vi.fn();
    events.subscribe(listener);
    connect();
    socket.deliver(eventFrame('{"type":"versions"}'));
    socket.deliver(eventFrame('pas du JSON'));
    socket.deliver(Uint8Array.of(MessageType.minutierEvent, 40));
    expect(listener).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('stops calling a listener once it unsubscribed, and all of them once stopped', () => {
    const events = receiveMinutierEvents(provider);
    const gone = vi.fn();
    const stays = vi.fn();
    const unsubscribe = events.subscribe(gone);
    events.subscribe(stays);
    connect();
    unsubscribe();
    socket.deliver(encodeMinutierEvent({ type: 'comments', threadId: 'th1' }));
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalledTimes(1);
    events.stop();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    socket.deliver(encodeMinutierEvent({ type: 'comments', threadId: 'th2' }));
    expect(stays).toHaveBeenCalledTimes(1);
  });
});
