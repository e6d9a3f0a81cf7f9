import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../shared/protocol/messages';

/**
 * Lets `observe` see every sync frame the provider receives, before the provider handles it.
 * `observe` gets the bytes after the message type; the provider's decoder is not advanced,
 * so its own handler still reads the whole frame. Returns a function restoring the original.
 */
export function interceptSyncMessages(
  provider: WebsocketProvider,
  observe: (payload: Uint8Array) => void,
): () => void {
  const handlers = provider.messageHandlers;
  const original = handlers[MessageType.sync];
  if (!original) throw new Error('y-websocket provider has no sync message handler');
  handlers[MessageType.sync] = (encoder, decoder, handlerProvider, emitSynced, messageType) => {
    observe(decoder.arr.subarray(decoder.pos));
    original(encoder, decoder, handlerProvider, emitSynced, messageType);
  };
  return () => {
    handlers[MessageType.sync] = original;
  };
}
