/**
 * Runs a task for a key once the key has been quiet (no `touch`) for `quietMs`, and at
 * the latest `maxWaitMs` after it first became due. Background work on a document
 * (compaction, the list-title mirror) runs on the event loop that also broadcasts
 * edits: doing it during a pause keeps it from delaying anyone's keystrokes.
 */
export class QuietTimer<K> {
  private readonly pending = new Map<K, { timer: NodeJS.Timeout; dueSince: number }>();

  constructor(
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly task: (key: K) => void,
  ) {}

  touch(key: K): void {
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing.timer);
    const dueSince = existing?.dueSince ?? Date.now();
    const wait = Math.max(0, Math.min(this.quietMs, dueSince + this.maxWaitMs - Date.now()));
    const timer = setTimeout(() => this.run(key), wait);
    timer.unref();
    this.pending.set(key, { timer, dueSince });
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

  private run(key: K): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(key);
    this.task(key);
  }
}
