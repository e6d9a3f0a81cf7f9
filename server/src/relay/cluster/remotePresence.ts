import { type PresenceEntry, decodePresence, encodePresence } from '../presenceEncoding';

/**
 * The presence of clients connected to other instances (C3): what each last announced, by
 * the instance it came through. Those instances already admitted and signed it (R22); here
 * it is only remembered, to greet newcomers, and dropped when its instance is gone.
 */
export class RemotePresence {
  private readonly states = new Map<number, { instance: string; clock: number; state: string }>();

  /** Takes an update another instance forwarded; throws on bytes that are not an awareness update. */
  take(instance: string, update: Uint8Array): void {
    for (const { client, clock, state } of decodePresence(update)) {
      const known = this.states.get(client);
      if (known && known.clock > clock) continue;
      if (state === 'null') this.states.delete(client);
      else this.states.set(client, { instance, clock, state });
    }
  }

  get size(): number {
    return this.states.size;
  }

  /** Every remote state, as one update (for a newcomer); undefined when there is none. */
  encodeAll(): Uint8Array | undefined {
    if (this.states.size === 0) return undefined;
    return encodePresence([...this.states].map(([client, { clock, state }]) => ({ client, clock, state })));
  }

  /** Forgets the clients of an instance that is gone; answers the update removing them, if any. */
  forget(instance: string): Uint8Array | undefined {
    const gone: PresenceEntry[] = [];
    for (const [client, entry] of this.states) {
      if (entry.instance !== instance) continue;
      this.states.delete(client);
      gone.push({ client, clock: entry.clock + 1, state: 'null' });
    }
    return gone.length > 0 ? encodePresence(gone) : undefined;
  }
}
