import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { DocumentStore } from '../storage/documentStore';
import { loadYDoc } from '../storage/loadYDoc';
import { metaMap } from '../../../shared/model/meta';
import { Connection } from './connection';
import { type ClientFrame, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './frames';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * A loaded document and the connections editing it.
 *
 * Updates are applied to the in-memory Y.Doc at once (so the next frame builds on
 * them), but they reach other clients only after the store has them: the effective
 * updates of one tick are appended in one write, then broadcast to every connection,
 * the sender included (the stock client counts the echo as its acknowledgement).
 */
export class Room {
  readonly connections = new Set<Connection>();
  readonly awareness: Awareness;
  /** Updates appended since the last compaction. */
  logSize: number;
  failed = false;
  /** A validated document accepts no update from anyone (W4). */
  frozen: boolean;
  /** Set when the metadata map changed since the last store; the relay mirrors it. */
  metaChanged = false;

  private outbox: Uint8Array[] = [];
  private flushScheduled = false;
  private writesInFlight = 0;
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    readonly id: string,
    readonly doc: Y.Doc,
    initialLogSize: number,
    initialFrozen: boolean,
    private readonly store: DocumentStore,
    private readonly onStored: (room: Room) => void,
    private readonly onFailure: (room: Room, error: unknown) => void,
  ) {
    this.logSize = initialLogSize;
    this.frozen = initialFrozen;
    this.awareness = new Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array) => this.enqueue(update));
    metaMap(doc).observe(() => {
      this.metaChanged = true;
    });
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onAwarenessUpdate(change, origin),
    );
  }

  /** Rebuilds the document from storage; undefined if the id is unknown. */
  static async load(
    id: string,
    store: DocumentStore,
    onStored: (room: Room) => void,
    onFailure: (room: Room, error: unknown) => void,
  ): Promise<Room | undefined> {
    const record = await store.get(id);
    const loaded = record && (await loadYDoc(store, id));
    if (!record || !loaded) return undefined;
    return new Room(id, loaded.doc, loaded.logSize, record.status === 'validated', store, onStored, onFailure);
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessClients.size > 0) {
      removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
    }
  }

  /** Applies a decoded frame; throws for an update Yjs cannot integrate. */
  receive(connection: Connection, frame: ClientFrame): void {
    switch (frame.kind) {
      case 'syncStep1':
        this.whenDurable(() => connection.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, frame.stateVector))));
        return;
      case 'syncStep2':
      case 'update':
        // Checked on every frame: a reader's edits never reach storage or anyone else.
        if (connection.access !== 'write' || this.frozen) return connection.refuseWrite();
        Y.applyUpdate(this.doc, frame.update, connection);
        return;
      case 'awareness':
        applyAwarenessUpdate(this.awareness, frame.update, connection);
        return;
      case 'queryAwareness':
        connection.send(
          encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
        );
        return;
      case 'ignored':
        return;
    }
  }

  /** Resolves once every update accepted so far is stored and broadcast. */
  async settled(): Promise<void> {
    while (this.outbox.length > 0 || this.writesInFlight > 0) {
      if (this.flushScheduled) await Promise.resolve();
      await this.writes;
    }
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private enqueue(update: Uint8Array): void {
    if (this.failed) return;
    this.outbox.push(update);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Frames that arrive together (one socket read) share one write.
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.outbox;
    this.outbox = [];
    if (batch.length === 0 || this.failed) return;
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    this.writesInFlight++;
    this.writes = this.writes
      .then(async () => {
        if (this.failed) return;
        await this.store.append(this.id, [update]);
        this.logSize++;
        this.broadcast(encodeUpdate(update));
        this.onStored(this);
      })
      .catch((error: unknown) => {
        this.failed = true;
        this.onFailure(this, error);
      })
      .finally(() => {
        this.writesInFlight--;
      });
  }

  /** Runs `send` once nothing accepted is still unstored, so no client sees unstored content. */
  private whenDurable(send: () => void): void {
    if (this.outbox.length === 0 && this.writesInFlight === 0 && !this.flushScheduled) {
      send();
      return;
    }
    void this.settled().then(() => {
      if (!this.failed) this.whenDurable(send);
    });
  }

  private onAwarenessUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (origin instanceof Connection) {
      for (const client of added) origin.awarenessClients.add(client);
      for (const client of updated) origin.awarenessClients.add(client);
      for (const client of removed) origin.awarenessClients.delete(client);
    }
    const changed = [...added, ...updated, ...removed];
    this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, changed)));
  }

  private broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }
}
