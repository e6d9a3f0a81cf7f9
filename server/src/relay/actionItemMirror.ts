import * as Y from 'yjs';
import type { Logger } from '../log';
import { actionItemDocumentOf } from '../actionItems/actionItemDocumentOf';
import type { ActionItemIndex } from '../actionItems/actionItemIndex';
import type { DocumentStore } from '../storage/documentStore';
import { QuietTimer } from './quietTimer';
import type { Room } from './room';

/** The « À suivre » page can lag a moment behind the text; typing must never wait for it. */
const QUIET_MS = 2000;
const MAX_WAIT_MS = 30_000;

/**
 * Keeps the action-item index in step with what is typed, like SearchMirror: in a pause of
 * the typing (at the latest every MAX_WAIT_MS), never between a stored update and its
 * broadcast, and once more when the room closes. `flush` also runs after a change made
 * from the « À suivre » page, so the page reads its own write.
 */
export class ActionItemMirror {
  private readonly indexing = new Map<Room, Promise<void>>();
  private readonly timer = new QuietTimer<Room>(QUIET_MS, MAX_WAIT_MS, (room) => this.start(room));

  constructor(
    private readonly store: DocumentStore,
    private readonly index: ActionItemIndex,
    private readonly logger: Logger,
  ) {}

  schedule(room: Room): void {
    this.timer.touch(room);
  }

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
    const doc = new Y.Doc({ gc: false });
    try {
      const record = await this.store.get(room.id);
      if (!record) return;
      Y.applyUpdate(doc, room.state());
      await this.index.index(actionItemDocumentOf(record, doc));
    } catch (error) {
      this.logger.error('relay.action_item_index_failed', { doc: room.id, reason: String(error) });
    } finally {
      doc.destroy();
    }
  }
}
