import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../shared/protocol/messages';
import { readEventPayload, type MinutierEvent } from '../../shared/protocol/minutierEvent';

export type MinutierEventListener = (event: MinutierEvent) => void;

/** The server's notices about what lives outside the CRDT (comment threads), for whoever listens. */
export interface MinutierEvents {
  subscribe(listener: MinutierEventListener): () => void;
}

/**
 * Reads the Minutier events (message type 100) the relay sends to a provider that opted in
 * with `?events=1`. Installed before connecting: without a handler the stock provider would
 * log each such frame as « Unable to compute message ». `stop` removes the handler.
 */
export function receiveMinutierEvents(provider: WebsocketProvider): MinutierEvents & { stop(): void } {
  const listeners = new Set<MinutierEventListener>();
  const handlers = provider.messageHandlers;
  handlers[MessageType.minutierEvent] = (_encoder, decoder) => {
    let event: MinutierEvent | null = null;
    try {
      event = readEventPayload(decoding.readVarString(decoder));
    } catch {
      // A truncated notice is dropped: the next one, or a reconnection, refetches anyway.
    }
    if (event) for (const listener of [...listeners]) listener(event);
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      delete handlers[MessageType.minutierEvent];
    },
  };
}
