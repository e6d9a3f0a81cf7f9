import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { AccountSignature } from '../../../shared/model/accountSignature';
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

const alicesAccount: AccountSignature = { name: 'Alice', association: 'CCEM' };
const mallorysAccount: AccountSignature = { name: 'Mallory', association: 'Hors la Rue' };

/** Admits and applies, as the room does for a connection of `account`; returns the clients that were forwarded. */
function send(states: AwarenessStates, owned: Set<number>, bytes: Uint8Array, account = alicesAccount): number[] {
  const entries = states.admit(owned, bytes, account);
  if (entries.length > 0) states.apply(owned, entries);
  return entries.map((entry) => entry.client);
}

describe('AwarenessStates', () => {
  it('R5: keeps the latest state per client, as y-protocols does, and tells everyone when a client is gone', () => {
    const alice = new Awareness(new Y.Doc());
    alice.setLocalStateField('user', { name: 'Alice', association: 'CCEM' });
    const states = new AwarenessStates();
    const owned = new Set<number>();
    expect(send(states, owned, encodeAwarenessUpdate(alice, [alice.clientID]))).toEqual([alice.clientID]);
    const stale = encodeAwarenessUpdate(alice, [alice.clientID]);
    alice.setLocalStateField('cursor', { anchor: 1 });
    send(states, owned, encodeAwarenessUpdate(alice, [alice.clientID]));
    expect(states.admit(owned, stale, alicesAccount)).toEqual([]);

    const observer = new Awareness(new Y.Doc());
    applyAwarenessUpdate(observer, states.encodeAll(), 'relay');
    expect(observer.getStates().get(alice.clientID)).toEqual({ user: alicesAccount, cursor: { anchor: 1 } });

    applyAwarenessUpdate(observer, states.release(owned)!, 'relay');
    expect(observer.getStates().has(alice.clientID)).toBe(false);
    expect(states.size).toBe(0);
    alice.destroy();
    observer.destroy();
  });

  it('R6: rejects a malformed update without changing anything', () => {
    const states = new AwarenessStates();
    const owned = new Set<number>();
    expect(() => states.admit(owned, new Uint8Array([1, 5, 1, 3, 0x7b, 0x7b, 0x7b]), alicesAccount)).toThrow(MalformedFrameError);
    expect(() => states.admit(owned, new Uint8Array([2, 5, 1]), alicesAccount)).toThrow(MalformedFrameError);
    // Invalid UTF-8 would reach every other client's JSON.parse.
    expect(() => states.admit(owned, new Uint8Array([1, 5, 1, 3, 0x22, 0xff, 0x22]), alicesAccount)).toThrow(MalformedFrameError);
    expect(states.size).toBe(0);
    expect(owned.size).toBe(0);
  });

  it('R22: a client id belongs to the connection that introduced it, until it leaves', () => {
    const states = new AwarenessStates();
    const alice = new Set<number>();
    const mallory = new Set<number>();
    send(states, alice, update([{ client: 7, clock: 1, state: { user: { name: 'Alice' } } }]));
    expect(send(states, mallory, update([{ client: 7, clock: 9, state: { user: { name: 'Mallory' } } }]), mallorysAccount)).toEqual([]);
    expect(send(states, mallory, update([{ client: 7, clock: 9, state: null }]), mallorysAccount)).toEqual([]);
    expect(new TextDecoder().decode(states.encodeAll())).toContain('Alice');
    expect(mallory.size).toBe(0);

    // The owner removes its own state and may set it again; the id stays its own meanwhile.
    expect(send(states, alice, update([{ client: 7, clock: 2, state: null }]))).toEqual([7]);
    expect(states.size).toBe(0);
    expect(send(states, mallory, update([{ client: 7, clock: 3, state: { user: { name: 'Mallory' } } }]), mallorysAccount)).toEqual([]);
    expect(send(states, alice, update([{ client: 7, clock: 3, state: { user: { name: 'Alice' } } }]))).toEqual([7]);

    states.release(alice);
    expect(send(states, mallory, update([{ client: 7, clock: 1, state: { user: { name: 'Mallory' } } }]), mallorysAccount)).toEqual([7]);
  });

  it('R22: a state shows the account of its connection, whatever user it announces; a state that is no object is left out', () => {
    const states = new AwarenessStates();
    const owned = new Set<number>();
    const forged = { user: { name: 'Ministre', association: 'Cabinet de la Ministre', color: '#b42318', role: 'x' }, cursor: null };
    expect(send(states, owned, update([{ client: 3, clock: 1, state: forged }]))).toEqual([3]);
    expect(send(states, owned, update([{ client: 4, clock: 1, state: { user: { color: 'red;background:url(x)' } } }]))).toEqual([4]);
    expect(send(states, owned, update([{ client: 5, clock: 1, state: 'Ministre' }]))).toEqual([]);
    expect(send(states, owned, update([{ client: 5, clock: 1, state: ['Ministre'] }]))).toEqual([]);

    const observer = new Awareness(new Y.Doc());
    applyAwarenessUpdate(observer, states.encodeAll(), 'relay');
    expect(observer.getStates().get(3)).toEqual({ user: { ...alicesAccount, color: '#b42318' }, cursor: null });
    expect(observer.getStates().get(4)).toEqual({ user: alicesAccount });
    expect(observer.getStates().has(5)).toBe(false);
    observer.destroy();
  });

  it('R22: bounds the ids per connection, the size of a state and the entries read per message', () => {
    const states = new AwarenessStates();
    const owned = new Set<number>();
    const many = Array.from({ length: 1000 }, (_, i) => ({ client: 100 + i, clock: 1, state: { i } }));
    expect(send(states, owned, update(many))).toEqual([100, 101, 102, 103]);
    expect(send(states, owned, update([{ client: 5000, clock: 1, state: {} }]))).toEqual([]);
    expect(states.size).toBe(presenceLimits.clientsPerConnection);

    const big = 'x'.repeat(presenceLimits.stateBytes);
    expect(send(states, owned, update([{ client: 100, clock: 2, state: { big } }]))).toEqual([]);
    // The bound holds once the account's name is in: what fits only without it is left out.
    const signedSize = JSON.stringify({ big: '', user: alicesAccount }).length;
    const fitting = big.slice(signedSize);
    expect(send(states, owned, update([{ client: 100, clock: 2, state: { big: `${fitting}x` } }]))).toEqual([]);
    expect(send(states, owned, update([{ client: 100, clock: 2, state: { big: fitting } }]))).toEqual([100]);

    // A count in the millions is a claim: only the first entries are read, the rest never.
    const claimed = update([{ client: 101, clock: 2, state: {} }], 16_700_000);
    expect(() => states.admit(owned, claimed, alicesAccount)).toThrow(MalformedFrameError);
    const filler = Array.from({ length: presenceLimits.entriesPerMessage }, () => ({ client: 9, clock: 1, state: {} }));
    const padded = update([...filler, { client: 102, clock: 2, state: {} }], 16_700_000);
    expect(states.admit(owned, padded, alicesAccount)).toEqual([]);
  });
});
