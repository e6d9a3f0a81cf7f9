import { readMeta } from '../../../shared/model/meta';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import { QuietTimer } from './quietTimer';
import type { Room } from './room';
import { withStoredDocument } from './storedDocument';

/** The list can lag a little behind the title; typing must not lag behind the list. */
const QUIET_MS = 2000;
const MAX_WAIT_MS = 30_000;

/**
 * Keeps the minutes list's title and meeting date in step with each document's `meta`
 * map (M5). The relay holds no Y.Doc, so the metadata is read from the stored state in
 * a pause of the typing (at the latest every MAX_WAIT_MS), and once more when it closes.
 */
export class SummaryMirror {
  private readonly mirroring = new Map<Room, Promise<void>>();
  private readonly timer = new QuietTimer<Room>(QUIET_MS, MAX_WAIT_MS, (room) => this.mirror(room));

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: Logger,
    /** False when another instance mirrors this state of the document (C5). */
    private readonly claim: (room: Room) => Promise<boolean> = async () => true,
  ) {}

  schedule(room: Room): void {
    this.timer.touch(room);
  }

  /** Mirrors now if a change is pending (room closing, server stopping). */
  async flush(room: Room): Promise<void> {
    if (this.timer.flush(room)) await this.mirroring.get(room);
  }

  stop(): void {
    this.timer.stop();
  }

  private mirror(room: Room): void {
    const done = this.write(room).finally(() => this.mirroring.delete(room));
    this.mirroring.set(room, done);
  }

  private async write(room: Room): Promise<void> {
    if (room.failed) return;
    try {
      if (!(await this.claim(room))) return;
      const { title, meetingDate } = await withStoredDocument(room, readMeta);
      await this.store.updateSummary(room.id, { title, meetingDate: meetingDate ?? null });
    } catch (error) {
      this.logger.error('relay.summary_failed', { doc: room.id, reason: String(error) });
    }
  }
}
