import { type MinutierEvent, encodeMinutierEvent } from '../../../shared/protocol/minutierEvent';

/** What DocumentEvents needs of a connection (the relay's `Connection` is one). */
export interface EventListener {
  readonly documentId: string;
  send(frame: Uint8Array): void;
}

/**
 * The connections that opted in (`?events=1`) to Minutier's own notices, by document.
 * Stock y-websocket clients do not know message type 100 and log it as an error, so
 * only the connections that asked for events ever get one.
 */
export class DocumentEvents {
  private readonly listeners = new Map<string, Set<EventListener>>();

  /** Returns the unsubscribe to call when the connection closes. */
  subscribe(listener: EventListener): () => void {
    let set = this.listeners.get(listener.documentId);
    if (!set) {
      set = new Set();
      this.listeners.set(listener.documentId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(listener.documentId);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(listener.documentId);
    };
  }

  /** Sends the event to every opted-in connection of the document; answers how many. */
  publish(documentId: string, event: MinutierEvent): number {
    const set = this.listeners.get(documentId);
    if (!set) return 0;
    const frame = encodeMinutierEvent(event);
    for (const listener of set) listener.send(frame);
    return set.size;
  }
}
