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

  /** Compacts now; true when it did. */
  async run(documentId: string): Promise<boolean> {
    if (this.running.has(documentId)) return false;
    this.running.add(documentId);
    const started = performance.now();
    try {
      // What does not load is set aside only when a document opens (R26): here it fails the compaction.
      const folded = await foldDocument(this.store, documentId, { quarantine: false });
      if (!folded || !(await this.write(documentId, folded))) return false;
      this.logger.info('relay.compacted', { doc: documentId, updates: folded.logSize, ms: Math.round(performance.now() - started) });
      return true;
    } catch (error) {
      this.logger.error('relay.compaction_failed', { doc: documentId, reason: String(error) });
      return false;
    } finally {
      this.running.delete(documentId);
    }
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
    const before = room.logSize;
    void this.run(room.id).then((done) => {
      if (done) room.logSize = Math.max(0, room.logSize - before);
    });
  }
}
