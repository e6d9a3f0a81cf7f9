import * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { type FoldedDocument, foldDocument } from './foldDocument';
import { QuietTimer } from './quietTimer';
import type { Room } from './room';

/**
 * Folds documents' update logs into their compacted state (R12): when a log grows past
 * `threshold`, in a pause of the typing, and whenever a document closes. One
 * compaction per document at a time. The document is built in time slices, never
 * holding the event loop (R25), and written in one short transaction only if no other
 * rewrite came first; updates appended meanwhile stay in the log (S3).
 */
export class Compactions {
  private readonly running = new Set<string>();
  private readonly quiet = new QuietTimer<Room>(2000, 60_000, (room) => this.whenQuiet(room));

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: Logger,
    private readonly threshold: number,
    /** False once the room was unloaded or replaced: its closing compaction covers it. */
    private readonly isOpen: (room: Room) => boolean,
  ) {}

  /** Called after each stored update. */
  afterStore(room: Room): void {
    if (room.logSize >= this.threshold) this.quiet.touch(room);
  }

  /**
   * Compacts an open or closing room now; true when it did. The room's own document, when it
   * holds exactly the stored document, is encoded as the new state: a few milliseconds where
   * folding the stored bytes again would integrate the whole document once more. Otherwise
   * (the room only read, or someone else wrote to the log) the stored bytes are folded.
   */
  async compactRoom(room: Room): Promise<boolean> {
    return this.exclusively(room.id, async (started) => {
      const [stored, extent] = await Promise.all([this.store.readState(room.id), this.store.logExtent(room.id)]);
      if (!stored || extent.updates === 0) return false;
      // Encoded after the reads: what the room stores from now on stays in the log, past `lastSeq`.
      const snapshot = room.failed ? undefined : room.snapshot(extent);
      if (!snapshot) {
        const before = room.logSize;
        const done = await this.fold(room.id, started);
        if (done) room.logSize = Math.max(0, room.logSize - before);
        return done;
      }
      const { state, stateVector } = snapshot;
      if (!(await this.store.rewriteState(room.id, { version: stored.version, state, stateVector, throughSeq: extent.lastSeq, quarantined: [] }))) {
        this.logger.info('relay.compaction_skipped', { doc: room.id });
        return false;
      }
      room.compactedTo(snapshot);
      this.logger.info('relay.compacted', { doc: room.id, updates: extent.updates, ms: Math.round(performance.now() - started), from: 'room' });
      return true;
    });
  }

  /** Compacts a document from its stored bytes now; true when it did. */
  async run(documentId: string): Promise<boolean> {
    return this.exclusively(documentId, (started) => this.fold(documentId, started));
  }

  /**
   * One compaction per document at a time, on one instance at a time when several share the
   * store (R12); a failure is logged, never thrown.
   */
  private async exclusively(documentId: string, compact: (started: number) => Promise<boolean>): Promise<boolean> {
    if (this.running.has(documentId)) return false;
    this.running.add(documentId);
    try {
      const started = performance.now();
      if (!this.store.whileCompacting) return await compact(started);
      return (await this.store.whileCompacting(documentId, () => compact(started))) ?? false;
    } catch (error) {
      this.logger.error('relay.compaction_failed', { doc: documentId, reason: String(error) });
      return false;
    } finally {
      this.running.delete(documentId);
    }
  }

  private async fold(documentId: string, started: number): Promise<boolean> {
    // What does not load is set aside only when a document opens (R26): here it fails the compaction.
    const folded = await foldDocument(this.store, documentId, { quarantine: false });
    if (!folded || !(await this.write(documentId, folded))) return false;
    this.logger.info('relay.compacted', { doc: documentId, updates: folded.logSize, ms: Math.round(performance.now() - started) });
    return true;
  }

  private async write(documentId: string, { doc, stored, throughSeq, logSize }: FoldedDocument): Promise<boolean> {
    try {
      if (logSize === 0) return false;
      const rewrite = { version: stored.version, state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc), throughSeq, quarantined: [] };
      if (await this.store.rewriteState(documentId, rewrite)) return true;
      // A frozen document, or another rewrite (an open) folded the log first.
      this.logger.info('relay.compaction_skipped', { doc: documentId });
      return false;
    } finally {
      doc.destroy();
    }
  }

  stop(): void {
    this.quiet.stop();
  }

  private whenQuiet(room: Room): void {
    if (room.failed || !this.isOpen(room)) return;
    void this.compactRoom(room);
  }
}
