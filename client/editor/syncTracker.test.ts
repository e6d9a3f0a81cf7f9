import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { SyncType } from '../../shared/protocol/messages';
import { SyncTracker } from './syncTracker';

/** A sync frame body as the relay sends it, after the message type. */
function syncPayload(syncType: number, body: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, body);
  return encoding.toUint8Array(encoder);
}

/** A client doc whose local updates are collected, as the provider would send them. */
function clientWithOutbox() {
  const doc = new Y.Doc({ gc: false });
  const outbox: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') outbox.push(update);
  });
  return { doc, outbox, tracker: new SyncTracker(doc) };
}

/** What the server would echo: every update it accepted, applied to its own copy. */
function echo(server: Y.Doc, updates: Uint8Array[]): Uint8Array[] {
  const frames = updates.map((update) => {
    Y.applyUpdate(server, update);
    return syncPayload(SyncType.update, update);
  });
  updates.length = 0;
  return frames;
}

describe('SyncTracker', () => {
  it('starts synchronised', () => {
    const { tracker } = clientWithOutbox();
    expect(tracker.pending).toBe(false);
  });

  it('is pending after a local edit until the server echoes it', () => {
    const { doc, outbox, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    doc.getText('t').insert(0, 'Bonjour');
    expect(tracker.pending).toBe(true);
    for (const frame of echo(server, outbox)) tracker.observeIncomingSync(frame);
    expect(tracker.pending).toBe(false);
    expect(server.getText('t').toString()).toBe('Bonjour');
  });

  it('stays pending while only older edits are echoed', () => {
    const { doc, outbox, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    doc.getText('t').insert(0, 'un ');
    const [firstEcho] = echo(server, outbox);
    doc.getText('t').insert(3, 'deux');
    tracker.observeIncomingSync(firstEcho as Uint8Array);
    expect(tracker.pending).toBe(true);
    for (const frame of echo(server, outbox)) tracker.observeIncomingSync(frame);
    expect(tracker.pending).toBe(false);
  });

  it('is not acknowledged by other clients’ updates', () => {
    const { doc, tracker } = clientWithOutbox();
    const other = new Y.Doc();
    doc.getText('t').insert(0, 'mien');
    other.getText('t').insert(0, 'autre texte plus long que le mien');
    tracker.observeIncomingSync(syncPayload(SyncType.update, Y.encodeStateAsUpdate(other)));
    expect(tracker.pending).toBe(true);
  });

  it('takes the server sync step 1 state vector as acknowledgement', () => {
    const { doc, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    doc.getText('t').insert(0, 'texte');
    tracker.observeIncomingSync(syncPayload(SyncType.step1, Y.encodeStateVector(server)));
    expect(tracker.pending).toBe(true);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    tracker.observeIncomingSync(syncPayload(SyncType.step1, Y.encodeStateVector(server)));
    expect(tracker.pending).toBe(false);
  });

  it('tracks deletions, which do not move the clock', () => {
    const { doc, outbox, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    doc.getText('t').insert(0, 'à supprimer');
    for (const frame of echo(server, outbox)) tracker.observeIncomingSync(frame);
    const clockBefore = Y.getState(doc.store, doc.clientID);
    doc.getText('t').delete(0, 2);
    expect(Y.getState(doc.store, doc.clientID)).toBe(clockBefore);
    expect(tracker.pending).toBe(true);
    for (const frame of echo(server, outbox)) tracker.observeIncomingSync(frame);
    expect(tracker.pending).toBe(false);
    expect(server.getText('t').toString()).toBe('supprimer');
  });

  it('catches up after offline edits through the sync step 2 echo of a reconnection', () => {
    const { doc, outbox, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    doc.getText('t').insert(0, 'avant coupure');
    for (const frame of echo(server, outbox)) tracker.observeIncomingSync(frame);

    // Offline: nothing is sent, so nothing is echoed.
    doc.getText('t').insert(0, 'hors ligne, ');
    doc.getText('t').delete(12, 6);
    outbox.length = 0;
    expect(tracker.pending).toBe(true);

    // Reconnection: the server opens with its state vector, which is behind.
    const serverVector = Y.encodeStateVector(server);
    tracker.observeIncomingSync(syncPayload(SyncType.step1, serverVector));
    expect(tracker.pending).toBe(true);

    // The client answers with sync step 2; the server applies and echoes its content.
    const step2Content = Y.encodeStateAsUpdate(doc, serverVector);
    Y.applyUpdate(server, step2Content);
    tracker.observeIncomingSync(syncPayload(SyncType.update, step2Content));
    expect(tracker.pending).toBe(false);
    expect(server.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it("accepts the server's sync step 2 as acknowledgement of what it already has", () => {
    const { doc, outbox, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    doc.getText('t').delete(1, 1);
    Y.applyUpdate(server, Y.mergeUpdates(outbox));
    tracker.observeIncomingSync(syncPayload(SyncType.step2, Y.encodeStateAsUpdate(server)));
    expect(tracker.pending).toBe(false);
  });

  it('ignores remote transactions and unreadable frames', () => {
    const { doc, tracker } = clientWithOutbox();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'x');
    other.getText('t').delete(0, 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'server');
    expect(tracker.pending).toBe(false);
    doc.getText('t').insert(0, 'y');
    tracker.observeIncomingSync(new Uint8Array([2, 200]));
    tracker.observeIncomingSync(new Uint8Array([]));
    expect(tracker.pending).toBe(true);
  });

  it('notifies subscribers only when the pending state flips', () => {
    const { doc, outbox, tracker } = clientWithOutbox();
    const server = new Y.Doc();
    const listener = vi.fn();
    tracker.subscribe(listener);
    doc.getText('t').insert(0, 'a');
    doc.getText('t').insert(1, 'b');
    expect(listener).toHaveBeenCalledTimes(1);
    for (const frame of echo(server, outbox)) tracker.observeIncomingSync(frame);
    expect(listener).toHaveBeenCalledTimes(2);
    tracker.destroy();
    doc.getText('t').insert(2, 'c');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('issue 19: keeps a local copy’s edits from before a reload pending until the server has them', () => {
    const before = new Y.Doc({ gc: false });
    before.getText('t').insert(0, 'Tapé hors ligne');
    const { doc, tracker } = clientWithOutbox();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(before), 'local copy');
    expect(tracker.pending).toBe(false);

    tracker.awaitServerState(Y.decodeStateVector(Y.encodeStateVector(doc)));
    expect(tracker.pending).toBe(true);
    tracker.observeIncomingSync(syncPayload(SyncType.step1, Y.encodeStateVector(new Y.Doc())));
    expect(tracker.pending).toBe(true);
    tracker.observeIncomingSync(syncPayload(SyncType.update, Y.encodeStateAsUpdate(before)));
    expect(tracker.pending).toBe(false);
  });
});
