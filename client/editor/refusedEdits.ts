import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../shared/protocol/messages';

/** Whether the relay refused one of this editor's updates, for whoever shows it. */
export interface RefusedEdits {
  readonly refused: boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * Watches the relay's permission-denied message (R17, R20): it means an update of ours
 * was not stored. Every later update builds on it, so the relay would refuse those too;
 * the editor stops writing and asks for a reload instead of letting typing vanish.
 * The provider's own handler still runs. `stop` restores it.
 */
export function watchRefusedEdits(provider: WebsocketProvider): RefusedEdits & { stop(): void } {
  const handlers = provider.messageHandlers;
  const original = handlers[MessageType.auth];
  const listeners = new Set<() => void>();
  let refused = false;
  handlers[MessageType.auth] = (encoder, decoder, handlerProvider, emitSynced, messageType) => {
    original?.(encoder, decoder, handlerProvider, emitSynced, messageType);
    if (refused) return;
    refused = true;
    for (const listener of [...listeners]) listener();
  };
  return {
    get refused() {
      return refused;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      if (original) handlers[MessageType.auth] = original;
      else delete handlers[MessageType.auth];
    },
  };
}
