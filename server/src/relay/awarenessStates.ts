import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

interface Entry {
  clock: number;
  /** The state as the client sent it (JSON text), relayed without re-encoding. */
  state: string;
}

/**
 * The presence (awareness) states of a room, kept as the JSON text clients sent.
 * Unlike y-protocols' Awareness, it needs no Y.Doc and runs no timer per room: the
 * relay only has to remember the latest state per client, to greet newcomers, answer
 * queryAwareness and announce a client gone when its connection closes.
 */
export class AwarenessStates {
  private readonly states = new Map<number, Entry>();

  /**
   * Applies an awareness update (y-protocols encoding) and returns the client ids it
   * set or removed. Throws on a malformed update, before changing anything.
   */
  apply(update: Uint8Array): { set: number[]; removed: number[] } {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: Array<{ client: number; clock: number; state: string }> = [];
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      JSON.parse(state);
      entries.push({ client, clock, state });
    }
    const set: number[] = [];
    const removed: number[] = [];
    for (const { client, clock, state } of entries) {
      const known = this.states.get(client);
      // Same rule as y-protocols: newer clocks win; a null state at the same clock removes.
      if (known && (clock < known.clock || (clock === known.clock && state !== 'null'))) continue;
      if (state === 'null') {
        if (this.states.delete(client)) removed.push(client);
      } else {
        this.states.set(client, { clock, state });
        set.push(client);
      }
    }
    return { set, removed };
  }

  get size(): number {
    return this.states.size;
  }

  /** An update holding every known state (for newcomers and queryAwareness). */
  encodeAll(): Uint8Array {
    return this.encode([...this.states].map(([client, entry]) => ({ client, ...entry })));
  }

  /** Forgets `clients` and returns the update that tells everyone they are gone. */
  remove(clients: Iterable<number>): Uint8Array | undefined {
    const gone: Array<{ client: number; clock: number; state: string }> = [];
    for (const client of clients) {
      const entry = this.states.get(client);
      if (!entry) continue;
      this.states.delete(client);
      gone.push({ client, clock: entry.clock + 1, state: 'null' });
    }
    return gone.length > 0 ? this.encode(gone) : undefined;
  }

  private encode(entries: Array<{ client: number; clock: number; state: string }>): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const { client, clock, state } of entries) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, state);
    }
    return encoding.toUint8Array(encoder);
  }
}
