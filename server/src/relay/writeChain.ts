import * as Y from 'yjs';

const settledPromise = Promise.resolve();

/** Where a room's write chain stores its updates and reports back. */
export interface WriteTarget {
  /** Whether the room failed: it writes nothing more (R13, R24). */
  failed(): boolean;
  /** Appends one update to the document's log; resolves with its seq. */
  append(update: Uint8Array): Promise<number>;
  /** The update, merged from the first `count` accepted ones, is stored at `seq`. */
  stored(update: Uint8Array, count: number, seq: number): void;
  /** The write failed: the room goes. */
  fail(error: unknown): void;
}

/**
 * A room's accepted updates on their way to storage (R3): those of one tick are appended in
 * one write, and writes are stored one after the other, in the order they were accepted.
 */
export class WriteChain {
  private outbox: Uint8Array[] = [];
  private flushScheduled = false;
  private writesInFlight = 0;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly target: WriteTarget) {}

  /** Whether accepted updates are not stored yet. */
  get pending(): boolean {
    return this.outbox.length > 0 || this.writesInFlight > 0;
  }

  enqueue(update: Uint8Array): void {
    if (this.target.failed()) return;
    this.outbox.push(update);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Frames that arrive together (one socket read) share one write. A promise
    // reaction, not queueMicrotask, which wraps every callback in an AsyncResource.
    void settledPromise.then(() => this.flush()).catch((error: unknown) => this.target.fail(error));
  }

  /** Resolves once the writes started so far, and the one scheduled, are done. */
  async settled(): Promise<void> {
    if (this.flushScheduled) await Promise.resolve();
    await this.writes;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.outbox;
    this.outbox = [];
    if (batch.length === 0 || this.target.failed()) return;
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    // Writes stay in order; with none in flight (the usual case) the append starts now.
    const stored = this.writesInFlight === 0 ? this.append(update) : this.writes.then(() => this.append(update));
    this.writesInFlight++;
    this.writes = stored.then(
      (seq) => {
        this.writesInFlight--;
        if (!this.target.failed()) this.target.stored(update, batch.length, seq);
      },
      (error: unknown) => {
        this.writesInFlight--;
        this.target.fail(error);
      },
    );
  }

  /** A store that throws instead of rejecting fails the write all the same. */
  private append(update: Uint8Array): Promise<number> {
    try {
      return this.target.append(update);
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
