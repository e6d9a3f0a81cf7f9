interface Pending {
  timer: NodeJS.Timeout;
  dueSince: number;
  lastTouch: number;
}

/**
 * Runs a task for a key once the key has been quiet (no `touch`) for `quietMs`, and at
 * the latest `maxWaitMs` after it first became due. Background work on a document
 * (compaction, the list-title mirror) runs on the event loop that also broadcasts
 * edits: doing it during a pause keeps it from delaying anyone's keystrokes.
 *
 * `touch` is called for every stored update, so it only notes the time: the one timer
 * per key, when it fires, checks whether the pause was long enough and waits again
 * if not (rather than a clearTimeout and setTimeout per keystroke).
 */
export class QuietTimer<K> {
  private readonly pending = new Map<K, Pending>();

  constructor(
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly task: (key: K) => void,
  ) {}

  touch(key: K): void {
    const now = Date.now();
    const existing = this.pending.get(key);
    if (existing) {
      existing.lastTouch = now;
      return;
    }
    this.pending.set(key, { timer: this.arm(key, this.quietMs), dueSince: now, lastTouch: now });
  }

  /** Runs the task now if it was pending; true if it was. */
  flush(key: K): boolean {
    if (!this.pending.has(key)) return false;
    this.run(key);
    return true;
  }

  stop(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private arm(key: K, waitMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => this.check(key), Math.max(0, waitMs));
    timer.unref();
    return timer;
  }

  private check(key: K): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    const now = Date.now();
    const wait = Math.min(entry.lastTouch + this.quietMs, entry.dueSince + this.maxWaitMs) - now;
    if (wait > 0) entry.timer = this.arm(key, wait);
    else this.run(key);
  }

  private run(key: K): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(key);
    this.task(key);
  }
}
