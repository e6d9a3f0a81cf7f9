import * as Y from 'yjs';
import { readMeta } from '../../../shared/model/meta';
import type { Logger } from '../log';
import type { DocumentStore } from '../storage/documentStore';
import type { Room } from './room';

/** How long edits may go unmirrored: the list can lag a little, typing must not. */
const DELAY_MS = 2000;

/**
 * Keeps the minutes list's title and meeting date in step with each document's `meta`
 * map (M5). The relay holds no Y.Doc, so the metadata is read from the stored state at
 * most once per DELAY_MS while a document changes, and once more when it closes.
 */
export class SummaryMirror {
  private readonly timers = new Map<Room, NodeJS.Timeout>();

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: Logger,
  ) {}

  schedule(room: Room): void {
    if (this.timers.has(room)) return;
    const timer = setTimeout(() => void this.flush(room), DELAY_MS);
    timer.unref();
    this.timers.set(room, timer);
  }

  /** Mirrors now if a change is pending (room closing, server stopping). */
  async flush(room: Room): Promise<void> {
    const timer = this.timers.get(room);
    if (!timer) return;
    clearTimeout(timer);
    this.timers.delete(room);
    if (room.failed) return;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, room.state());
      const { title, meetingDate } = readMeta(doc);
      await this.store.updateSummary(room.id, { title, meetingDate: meetingDate ?? null });
    } catch (error) {
      this.logger.error('relay.summary_failed', { doc: room.id, reason: String(error) });
    } finally {
      doc.destroy();
    }
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
