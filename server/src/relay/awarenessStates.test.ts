import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { AwarenessStates } from './awarenessStates';

describe('AwarenessStates', () => {
  it('R5: keeps the latest state per client, as y-protocols does, and tells everyone when a client is gone', () => {
    const alice = new Awareness(new Y.Doc());
    alice.setLocalStateField('user', { name: 'Alice' });
    const states = new AwarenessStates();
    expect(states.apply(encodeAwarenessUpdate(alice, [alice.clientID]))).toEqual({ set: [alice.clientID], removed: [] });
    const stale = encodeAwarenessUpdate(alice, [alice.clientID]);
    alice.setLocalStateField('user', { name: 'Alice B.' });
    states.apply(encodeAwarenessUpdate(alice, [alice.clientID]));
    expect(states.apply(stale).set).toEqual([]);

    const observer = new Awareness(new Y.Doc());
    applyAwarenessUpdate(observer, states.encodeAll(), 'relay');
    expect(observer.getStates().get(alice.clientID)).toEqual({ user: { name: 'Alice B.' } });

    applyAwarenessUpdate(observer, states.remove([alice.clientID])!, 'relay');
    expect(observer.getStates().has(alice.clientID)).toBe(false);
    expect(states.size).toBe(0);
    alice.destroy();
    observer.destroy();
  });

  it('R6: rejects a malformed update without changing anything', () => {
    const states = new AwarenessStates();
    expect(() => states.apply(new Uint8Array([1, 5, 1, 3, 0x7b, 0x7b, 0x7b]))).toThrow();
    expect(() => states.apply(new Uint8Array([2, 5, 1]))).toThrow();
    expect(states.size).toBe(0);
  });
});
