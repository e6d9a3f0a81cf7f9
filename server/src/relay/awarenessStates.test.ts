import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { AwarenessStates, presenceLimits } from './awarenessStates';
import { MalformedFrameError } from './frames';

/** An awareness update with `count` announced and these entries written. */
function update(entries: Array<{ client: number; clock: number; state: unknown }>, count = entries.length): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** Admits and applies, as the room does; returns the clients that were forwarded. */
function send(states: AwarenessStates, owned: Set<number>, bytes: Uint8Array): number[] {
  const entries = states.admit(owned, bytes);
  if (entries.length > 0) states.apply(owned, entries);
  return entries.map((entry) => entry.client);
}

describe('AwarenessStates', () => {
  it('R5: keeps the latest state per client, as y-protocols does, and tells everyone when a client is gone', () => {
    const alice = new Awareness(new Y.Doc());
    alice.setLocalStateField('user', { name: 'Alice' });
    const states = new AwarenessStates();
    const owned = new Set<number>();
    expect(send(states, owned, encodeAwarenessUpdate(alice, [alice.clientID]))).toEqual([alice.clientID]);
    const stale = encodeAwarenessUpdate(alice, [alice.clientID]);
    alice.setLocalStateField('user', { name: 'Alice B.' });
    send(states, owned, encodeAwarenessUpdate(alice, [alice.clientID]));
    expect(states.admit(owned, stale)).toEqual([]);

    const observer = new Awareness(new Y.Doc());
    applyAwarenessUpdate(observer, states.encodeAll(), 'relay');
    expect(observer.getStates().get(alice.clientID)).toEqual({ user: { name: 'Alice B.' } });

    applyAwarenessUpdate(observer, states.release(owned)!, 'relay');
    expect(observer.getStates().has(alice.clientID)).toBe(false);
    expect(states.size).toBe(0);
    alice.destroy();
    observer.destroy();
  });

  it('R6: rejects a malformed update without changing anything', () => {
    const states = new AwarenessStates();
    const owned = new Set<number>();
    expect(() => states.admit(owned, new Uint8Array([1, 5, 1, 3, 0x7b, 0x7b, 0x7b]))).toThrow(MalformedFrameError);
    expect(() => states.admit(owned, new Uint8Array([2, 5, 1]))).toThrow(MalformedFrameError);
    // Invalid UTF-8 would reach every other client's JSON.parse.
    expect(() => states.admit(owned, new Uint8Array([1, 5, 1, 3, 0x22, 0xff, 0x22]))).toThrow(MalformedFrameError);
    expect(states.size).toBe(0);
    expect(owned.size).toBe(0);
  });

  it('R22: a client id belongs to the connection that introduced it, until it leaves', () => {
    const states = new AwarenessStates();
    const alice = new Set<number>();
    const mallory = new Set<number>();
    send(states, alice, update([{ client: 7, clock: 1, state: { user: { name: 'Alice' } } }]));
    expect(send(states, mallory, update([{ client: 7, clock: 9, state: { user: { name: 'Mallory' } } }]))).toEqual([]);
    expect(send(states, mallory, update([{ client: 7, clock: 9, state: null }]))).toEqual([]);
    expect(new TextDecoder().decode(states.encodeAll())).toContain('Alice');
    expect(mallory.size).toBe(0);

    // The owner removes its own state and may set it again; the id stays its own meanwhile.
    expect(send(states, alice, update([{ client: 7, clock: 2, state: null }]))).toEqual([7]);
    expect(states.size).toBe(0);
    expect(send(states, mallory, update([{ client: 7, clock: 3, state: { user: { name: 'Mallory' } } }]))).toEqual([]);
    expect(send(states, alice, update([{ client: 7, clock: 3, state: { user: { name: 'Alice' } } }]))).toEqual([7]);

    states.release(alice);
    expect(send(states, mallory, update([{ client: 7, clock: 1, state: { user: { name: 'Mallory' } } }]))).toEqual([7]);
  });

  it('R22: bounds the ids per connection, the size of a state and the entries read per message', () => {
    const states = new AwarenessStates();
    const owned = new Set<number>();
    const many = Array.from({ length: 1000 }, (_, i) => ({ client: 100 + i, clock: 1, state: { i } }));
    expect(send(states, owned, update(many))).toEqual([100, 101, 102, 103]);
    expect(send(states, owned, update([{ client: 5000, clock: 1, state: {} }]))).toEqual([]);
    expect(states.size).toBe(presenceLimits.clientsPerConnection);

    const big = 'x'.repeat(presenceLimits.stateBytes);
    expect(send(states, owned, update([{ client: 100, clock: 2, state: big }]))).toEqual([]);
    expect(send(states, owned, update([{ client: 100, clock: 2, state: big.slice(10) }]))).toEqual([100]);

    // A count in the millions is a claim: only the first entries are read, the rest never.
    const claimed = update([{ client: 101, clock: 2, state: {} }], 16_700_000);
    expect(() => states.admit(owned, claimed)).toThrow(MalformedFrameError);
    const filler = Array.from({ length: presenceLimits.entriesPerMessage }, () => ({ client: 9, clock: 1, state: {} }));
    const padded = update([...filler, { client: 102, clock: 2, state: {} }], 16_700_000);
    expect(states.admit(owned, padded)).toEqual([]);
  });
});
