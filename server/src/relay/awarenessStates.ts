import * as decoding from 'lib0/decoding';
import type { AccountSignature } from '../../../shared/model/accountSignature';
import { MalformedFrameError } from './frames';
import { type PresenceEntry, encodePresence } from './presenceEncoding';
import { signPresence } from './signPresence';

/** How much presence one connection may hold and send (R22). */
export const presenceLimits = {
  /** Client ids one connection may introduce over its life; a browser tab uses one. */
  clientsPerConnection: 4,
  /** Bytes of one state's JSON text; a name, an association, a colour and a cursor take a few hundred. */
  stateBytes: 8 * 1024,
  /**
   * Entries read from one message; the rest are ignored unread, whatever count it announces.
   * Not a refusal: a stock client echoes every state it is sent, so a newcomer in a busy
   * room honestly sends one entry per presence, none of them its own.
   */
  entriesPerMessage: 64,
  /** Awareness messages that change something, or queries, per second (a token bucket)… */
  messagesPerSecond: 30,
  burst: 60,
  /** …and the pace beyond which the connection is closed (4429) once `floodBurst` is spent. */
  floodPerSecond: 300,
  floodBurst: 900,
} as const;

/** The client ids one connection speaks for (`Connection.awarenessClients`). */
type Owned = Set<number>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The presence (awareness) states of a room, kept as the JSON text clients sent.
 * Unlike y-protocols' Awareness, it needs no Y.Doc and runs no timer per room: the
 * relay only has to remember the latest state per client, to greet newcomers, answer
 * queryAwareness and announce a client gone when its connection closes.
 *
 * Each client id belongs to the connection that introduced it, until that connection
 * leaves (R22): no one else can set or remove it, so every state has a live owner and
 * the room holds at most connections × `clientsPerConnection` states.
 */
export class AwarenessStates {
  private readonly states = new Map<number, { clock: number; state: string }>();
  private readonly owners = new Map<number, Owned>();

  /**
   * Reads an awareness update (y-protocols encoding) sent by the connection owning
   * `owned`, and returns the entries it may apply, changing nothing. Entries for ids of
   * another connection, beyond the connection's bound, oversized, stale, removing
   * nothing or not a JSON object are left out (a stock client echoes others' entries:
   * that is no fault). Each state admitted shows `signedAs`, the connection's account, as
   * its user, whatever the client wrote there (R22).
   * Throws MalformedFrameError if the part it reads is undecodable.
   */
  admit(owned: Owned, update: Uint8Array, signedAs: AccountSignature): PresenceEntry[] {
    const admitted = new Map<number, PresenceEntry>();
    try {
      const decoder = decoding.createDecoder(update);
      const count = Math.min(decoding.readVarUint(decoder), presenceLimits.entriesPerMessage);
      for (let i = 0; i < count; i++) {
        const client = decoding.readVarUint(decoder);
        const clock = decoding.readVarUint(decoder);
        // A view into the frame: nothing is copied for the entries left out.
        const bytes = decoding.readVarUint8Array(decoder);
        const owner = this.owners.get(client);
        if (owner !== undefined && owner !== owned) continue;
        if (bytes.length > presenceLimits.stateBytes) continue;
        const introduced = owned.has(client) || admitted.has(client);
        if (!introduced && owned.size + this.newIds(owned, admitted) >= presenceLimits.clientsPerConnection) continue;
        const parsed: unknown = JSON.parse(utf8.decode(bytes));
        const removal = parsed === null;
        // Only a connection's own states can be removed; introducing one takes a state.
        if (removal && !introduced) continue;
        const known = admitted.get(client) ?? this.states.get(client);
        // Same rule as y-protocols: newer clocks win; a null state at the same clock removes.
        if (known && (clock < known.clock || (clock === known.clock && !removal))) continue;
        if (removal && !known) continue;
        const state = removal ? 'null' : signPresence(parsed, signedAs);
        // The bound holds for what is kept and forwarded, the account's name included.
        if (state === undefined || Buffer.byteLength(state, 'utf8') > presenceLimits.stateBytes) continue;
        admitted.set(client, { client, clock, state });
      }
    } catch (error) {
      throw new MalformedFrameError(`malformed awareness update: ${(error as Error).message}`);
    }
    return [...admitted.values()];
  }

  /** Applies entries `admit` returned for `owned`, and returns them encoded, to forward. */
  apply(owned: Owned, entries: PresenceEntry[]): Uint8Array {
    for (const { client, clock, state } of entries) {
      if (state === 'null') {
        this.states.delete(client);
        continue;
      }
      this.states.set(client, { clock, state });
      owned.add(client);
      this.owners.set(client, owned);
    }
    return encodePresence(entries);
  }

  get size(): number {
    return this.states.size;
  }

  /** An update holding every known state (for newcomers and queryAwareness). */
  encodeAll(): Uint8Array {
    return encodePresence([...this.states].map(([client, entry]) => ({ client, ...entry })));
  }

  /**
   * Forgets the ids of a connection that left, and returns the update that tells
   * everyone their states are gone (undefined if none was set).
   */
  release(owned: Owned): Uint8Array | undefined {
    const gone: PresenceEntry[] = [];
    for (const client of owned) {
      if (this.owners.get(client) === owned) this.owners.delete(client);
      const entry = this.states.get(client);
      if (!entry) continue;
      this.states.delete(client);
      gone.push({ client, clock: entry.clock + 1, state: 'null' });
    }
    return gone.length > 0 ? encodePresence(gone) : undefined;
  }

  private newIds(owned: Owned, admitted: Map<number, PresenceEntry>): number {
    let count = 0;
    for (const client of admitted.keys()) if (!owned.has(client)) count++;
    return count;
  }
}
