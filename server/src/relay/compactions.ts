import * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { QuietTimer } from './quietTimer';
import type { Room } from './room';

/**
 * Folds documents' update logs into their compacted state (R12): when a log grows past
 * `threshold`, in a pause of the typing, and whenever a document closes. One
 * compaction per document at a time.
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
      await this.store.compact(documentId, Y.mergeUpdates);
      this.logger.info('relay.compacted', { doc: documentId, ms: Math.round(performance.now() - started) });
      return true;
    } catch (error) {
      this.logger.error('relay.compaction_failed', { doc: documentId, reason: String(error) });
      return false;
    } finally {
      this.running.delete(documentId);
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
