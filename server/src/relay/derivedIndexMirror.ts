import type * as Y from 'yjs';
import type { Logger } from '../log';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { QuietTimer } from './quietTimer';
import type { Room } from './room';
import { withStoredDocument } from './storedDocument';

/** An index can lag a few seconds behind the text; typing must never wait for it (Q4, X4). */
const QUIET_MS = 2000;
const MAX_WAIT_MS = 30_000;

/** Writes what one derived index keeps of a document, read from its stored state. */
export type IndexDocument = (record: DocumentRecord, doc: Y.Doc) => Promise<void>;

/**
 * Keeps one derived index (search, measure citations, « À suivre ») in step with what is
 * typed. Reading a whole document costs milliseconds, so it runs in a pause of the typing
 * (at the latest every MAX_WAIT_MS), never between a stored update and its broadcast, and
 * once more when the room closes. Like SummaryMirror, it reads the room's stored state.
 */
export class DerivedIndexMirror {
  private readonly indexing = new Map<Room, Promise<void>>();
  private readonly timer = new QuietTimer<Room>(QUIET_MS, MAX_WAIT_MS, (room) => this.start(room));

  constructor(
    /** For the logs: `search`, `measures`, `action_items`. */
    private readonly name: string,
    private readonly store: DocumentStore,
    private readonly indexDocument: IndexDocument,
    private readonly logger: Logger,
  ) {}

  schedule(room: Room): void {
    this.timer.touch(room);
  }

  /** Indexes now if a change is pending (room closing, server stopping). */
  async flush(room: Room): Promise<void> {
    if (this.timer.flush(room)) await this.indexing.get(room);
  }

  stop(): void {
    this.timer.stop();
  }

  private start(room: Room): void {
    const done = this.write(room).finally(() => this.indexing.delete(room));
    this.indexing.set(room, done);
  }

  private async write(room: Room): Promise<void> {
    if (room.failed) return;
    try {
      const record = await this.store.get(room.id);
      // A letter's body is no compte-rendu: no index lists it (L1).
      if (!record || record.kind === 'letter') return;
      await withStoredDocument(room, (doc) => this.indexDocument(record, doc));
    } catch (error) {
      this.logger.error(`relay.${this.name}_index_failed`, { doc: room.id, reason: String(error) });
    }
  }
}
