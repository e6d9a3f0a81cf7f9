import * as Y from 'yjs';
import { keepOfflineSetting } from './keepOffline';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { MinutesDocument } from '../../shared/api/minutes';
import type { ProseMirrorJSON } from '../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../shared/schema/extensions';
import type { SyncTracker } from '../editor/syncTracker';
import {
  NOTHING_ACKNOWLEDGED,
  deleteCopyRecord,
  readCopyRecord,
  updateCopyRecord,
  writeCopyRecord,
} from './copyRecords';
import { aheadOf, decideEpoch } from './epochDecision';
import { closeWhenAsked, docDatabaseName } from './localDatabases';
import { offlinePassages } from './offlinePassages';


/** Which compte-rendu, for which account, as the page read it. */
export interface LocalCopyPlace {
  accountId: string;
  documentId: string;
  minutes: MinutesDocument;
  /** False when the page opened offline from the copy's own record: nothing new to record then. */
  fromServer: boolean;
}

export interface LocalCopyState {
  /**
   * `off`: nothing kept on this device (setting off, IndexedDB unavailable, a letter);
   * `starting`: reading the copy before connecting; `on`: every edit goes to disk;
   * `stale`: a copy from an older epoch waits for the user's choice, and none is kept meanwhile.
   */
  mode: 'off' | 'starting' | 'on' | 'stale';
  /** The document came from this device's copy: it can be edited before the server answers. */
  restored: boolean;
  /** Edits handed to IndexedDB whose write has not completed yet. */
  unstoredEdits: number;
  /** Why a copy was dropped, when something typed here was lost with it. */
  explanation: string | null;
  /** What a stale copy holds that the server lacks (mode `stale`). */
  passages: string[];
}

/** What a copy on disk holds, read into a throw-away document (never into the session's). */
async function readCopy(name: string): Promise<{ stateVector: Map<number, number>; body: ProseMirrorJSON }> {
  const doc = new Y.Doc({ gc: false });
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const stateVector = Y.decodeStateVector(Y.encodeStateVector(doc));
  const body = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FRAGMENT)) as ProseMirrorJSON;
  await persistence.destroy();
  doc.destroy();
  return { stateVector, body };
}

/**
 * The local copy of one open compte-rendu (issue 19): a y-indexeddb database bound to the
 * session's document before it connects, so the copy loads first and what was typed offline
 * goes out through the relay's usual checks; the copy's epoch decides whether it may.
 */
export class LocalCopy {
  private current: LocalCopyState = { mode: 'off', restored: false, unstoredEdits: 0, explanation: null, passages: [] };
  private readonly listeners = new Set<() => void>();
  private place: LocalCopyPlace | null = null;
  private persistence: IndexeddbPersistence | null = null;
  private readonly cleanups: Array<() => void> = [];
  private destroyed = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly tracker: SyncTracker,
    /** The server's copy has arrived on this connection: the tracker's « nothing pending » means all is acknowledged. */
    private readonly serverSynced: () => boolean,
  ) {}

  get state(): LocalCopyState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Decides what to do with the copy on disk and binds one; resolves when the session may connect. */
  async start(place: LocalCopyPlace): Promise<void> {
    this.place = place;
    try {
      await this.open(place);
    } catch (error) {
      this.unbind();
      this.update({ mode: 'off', passages: [] });
      throw error;
    }
  }

  private async open(place: LocalCopyPlace): Promise<void> {
    const { accountId, documentId, minutes } = place;
    const name = docDatabaseName(accountId, documentId);
    if (!(await keepOfflineSetting(accountId))) {
      await clearDocument(name);
      await deleteCopyRecord(accountId, documentId);
      return;
    }
    this.update({ mode: 'starting' });
    const record = await readCopyRecord(accountId, documentId);
    let merge = false;
    if (record) {
      const copy = await readCopy(name);
      const acknowledged = Y.decodeStateVector(record.acknowledged ?? NOTHING_ACKNOWLEDGED);
      const unacknowledgedEdits = aheadOf(copy.stateVector, acknowledged);
      const decision = decideEpoch(
        { epoch: record.epoch, unacknowledgedEdits },
        { kind: 'found', epoch: minutes.epoch, status: minutes.status },
      );
      const passages = decision.action === 'stale' ? offlinePassages(copy.body, minutes.content) : [];
      if (passages.length > 0) {
        // The record keeps its old epoch until the user chooses: a reload asks again.
        this.update({ mode: 'stale', passages });
        return;
      }
      merge = decision.action === 'merge';
      if (decision.action === 'discard') this.update({ explanation: decision.explanation });
    }
    if (!merge) await clearDocument(name);
    if (merge && record) await this.bind(record.acknowledged ?? NOTHING_ACKNOWLEDGED, record.unsynced ?? false);
    else await this.bind(NOTHING_ACKNOWLEDGED, false);
  }

  /** The user dealt with the stale copy's passages: it goes, and a fresh copy of the current document starts. */
  async dropStale(): Promise<void> {
    if (!this.place || this.current.mode !== 'stale') return;
    await clearDocument(docDatabaseName(this.place.accountId, this.place.documentId));
    this.update({ passages: [] });
    await this.bind(NOTHING_ACKNOWLEDGED, false);
  }

  /**
   * The document's epoch moved on while this copy was in step with the server (a validation,
   * or a restore received live): the copy follows it rather than being judged stale.
   */
  async adoptEpoch(minutes: MinutesDocument): Promise<void> {
    if (!this.place) return;
    this.place = { ...this.place, minutes, fromServer: true };
    const { accountId, documentId } = this.place;
    const record = await readCopyRecord(accountId, documentId);
    if (record) await writeCopyRecord(accountId, documentId, { ...record, epoch: minutes.epoch, minutes });
  }

  destroy(): void {
    this.destroyed = true;
    this.unbind();
    this.listeners.clear();
  }

  private async bind(acknowledged: Uint8Array, unsynced: boolean): Promise<void> {
    const { accountId, documentId, minutes, fromServer } = this.place!;
    if (this.destroyed) return;
    if (fromServer) {
      const savedAt = new Date().toISOString();
      await writeCopyRecord(accountId, documentId, { epoch: minutes.epoch, minutes, savedAt, acknowledged, unsynced });
    }
    if (this.destroyed) return;
    const persistence = new IndexeddbPersistence(docDatabaseName(accountId, documentId), this.doc);
    this.persistence = persistence;
    this.cleanups.push(closeWhenAsked(accountId, () => this.unbind()));
    await persistence.whenSynced;
    if (this.destroyed || this.persistence !== persistence || !persistence.db) return;
    // A wipe from elsewhere: let go of the database rather than write to a closed connection.
    persistence.db.onversionchange = () => this.unbind();
    this.watchWrites(persistence, persistence.db);
    this.watchAcknowledgements();
    const restored = this.doc.getXmlFragment(BODY_FRAGMENT).length > 0;
    // What the copy brought (edits typed before a reload) is pending until the server has it.
    if (restored) this.tracker.awaitServerState(Y.decodeStateVector(Y.encodeStateVector(this.doc)));
    this.update({ mode: 'on', restored });
  }

  private unbind(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    void this.persistence?.destroy();
    this.persistence = null;
    if (!this.destroyed && this.current.mode === 'on') this.update({ mode: 'off', unstoredEdits: 0 });
  }

  /**
   * y-indexeddb writes each update in its own transaction and says nothing when it completes.
   * A read-only transaction on the same store opened after it completes only after it
   * (IndexedDB orders overlapping transactions): then the edit is on disk.
   */
  private watchWrites(persistence: IndexeddbPersistence, db: IDBDatabase): void {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === persistence || this.persistence !== persistence) return;
      this.update({ unstoredEdits: this.current.unstoredEdits + 1 });
      const written = db.transaction('updates', 'readonly');
      written.oncomplete = written.onabort = () => {
        if (this.persistence === persistence) this.update({ unstoredEdits: Math.max(0, this.current.unstoredEdits - 1) });
      };
    };
    this.doc.on('update', onUpdate);
    this.cleanups.push(() => this.doc.off('update', onUpdate));
  }

  /** Keeps the record's acknowledged state vector and `unsynced` flag up to date. */
  private watchAcknowledgements(): void {
    const { accountId, documentId } = this.place!;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let recorded: boolean | null = null;
    const record = () => {
      timer = null;
      // Offline with nothing pending: nothing new is known about what the server has.
      if (!this.tracker.pending && !this.serverSynced()) return;
      const unsynced = this.tracker.pending;
      // Only a fully acknowledged state moves the vector; the flag is written when it flips.
      if (unsynced && recorded === true) return;
      recorded = unsynced;
      const change = unsynced ? { unsynced } : { unsynced, acknowledged: Y.encodeStateVector(this.doc) };
      updateCopyRecord(accountId, documentId, change).catch((error: unknown) =>
        console.warn('Could not record the local copy state', error),
      );
    };
    // Debounced while typing: a burst ends in one write. Everything acknowledged is written at
    // once: the page may be closed right after, and « Se déconnecter » must not warn then.
    const schedule = () => {
      if (!this.tracker.pending) {
        if (timer !== null) clearTimeout(timer);
        record();
      } else if (timer === null) timer = setTimeout(record, 300);
    };
    this.doc.on('update', schedule);
    const stopTracker = this.tracker.subscribe(schedule);
    this.cleanups.push(() => {
      this.doc.off('update', schedule);
      stopTracker();
      // Leaving the page right after the last acknowledgement must still record it: else
      // « Se déconnecter » would warn about edits the server has.
      if (timer !== null) {
        clearTimeout(timer);
        record();
      }
    });
  }

  private update(change: Partial<LocalCopyState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}

/**
 * A compte-rendu the server answers 404 for (deleted): its copy and record go. Returns the
 * explanation to show when something typed on this device is lost with them, else null.
 */
export async function dropDeletedCopy(accountId: string, documentId: string): Promise<string | null> {
  const record = await readCopyRecord(accountId, documentId);
  if (!record) return null;
  const name = docDatabaseName(accountId, documentId);
  const copy = await readCopy(name);
  const unacknowledgedEdits = aheadOf(copy.stateVector, Y.decodeStateVector(record.acknowledged ?? NOTHING_ACKNOWLEDGED));
  const decision = decideEpoch({ epoch: record.epoch, unacknowledgedEdits }, { kind: 'deleted' });
  await clearDocument(name);
  await deleteCopyRecord(accountId, documentId);
  return decision.action === 'discard' ? decision.explanation : null;
}
