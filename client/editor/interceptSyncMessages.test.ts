import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { MessageType, SyncType } from '../../shared/protocol/messages';
import { interceptSyncMessages } from './interceptSyncMessages';

/** Never opened: the provider is created with `connect: false`. */
class UnusedWebSocket {}

const providers: WebsocketProvider[] = [];

function idleProvider(doc: Y.Doc): WebsocketProvider {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'document', doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: UnusedWebSocket as unknown as typeof WebSocket,
  });
  providers.push(provider);
  return provider;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncType.update);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Does what y-websocket's `readMessage` does with an incoming frame. */
function deliver(provider: WebsocketProvider, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const messageType = decoding.readVarUint(decoder);
  provider.messageHandlers[messageType]?.(encoding.createEncoder(), decoder, provider, true, messageType);
}

afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

describe('interceptSyncMessages', () => {
  it('shows the frame after the message type and still lets the provider apply it', () => {
    const doc = new Y.Doc();
    const provider = idleProvider(doc);
    const seen: Uint8Array[] = [];
    interceptSyncMessages(provider, (payload) => seen.push(payload.slice()));

    const remote = new Y.Doc();
    remote.getText('t').insert(0, 'bonjour');
    const update = Y.encodeStateAsUpdate(remote);
    deliver(provider, updateFrame(update));

    expect(doc.getText('t').toString()).toBe('bonjour');
    expect(seen).toHaveLength(1);
    const payload = decoding.createDecoder(seen[0] as Uint8Array);
    expect(decoding.readVarUint(payload)).toBe(SyncType.update);
    expect(decoding.readVarUint8Array(payload)).toEqual(update);
  });

  it('restores the original handler', () => {
    const provider = idleProvider(new Y.Doc());
    const original = provider.messageHandlers[MessageType.sync];
    const seen: Uint8Array[] = [];
    const restore = interceptSyncMessages(provider, (payload) => seen.push(payload));
    expect(provider.messageHandlers[MessageType.sync]).not.toBe(original);
    restore();
    expect(provider.messageHandlers[MessageType.sync]).toBe(original);
    deliver(provider, updateFrame(Y.encodeStateAsUpdate(new Y.Doc())));
    expect(seen).toHaveLength(0);
  });
});
