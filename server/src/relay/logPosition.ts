/**
 * Where a room stands in its document's log (C2): every update up to `applied` is in its
 * state. Updates stored past a gap (another instance's message not heard yet, or this
 * instance's own write that overtook it) wait here until the gap is filled, so the room
 * takes them in seq order and knows exactly what to read from the store when one is lost.
 */
export class LogPosition {
  /** Stored updates past `applied`, by seq: null for the room's own, already in its state. */
  private readonly ahead = new Map<number, Uint8Array | null>();

  constructor(public applied: number) {}

  /** Whether an update stored past `applied` is known while one before it is not. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /**
   * Takes the update stored at `seq` (null: the room's own); answers, in order, the others'
   * updates the room can integrate now. An update already taken is ignored.
   */
  take(seq: number, update: Uint8Array | null): Uint8Array[] {
    if (seq <= this.applied || this.ahead.has(seq)) return [];
    this.ahead.set(seq, update);
    return this.drain();
  }

  /**
   * The room took a stored state that holds the log through `seq` (another instance folded
   * what the room had not heard of yet): what waited up to it is in that state.
   */
  skipTo(seq: number): Uint8Array[] {
    if (seq <= this.applied) return [];
    for (const waiting of [...this.ahead.keys()]) if (waiting <= seq) this.ahead.delete(waiting);
    this.applied = seq;
    return this.drain();
  }

  /** Moves past every update that now follows without a gap; answers the others' ones. */
  private drain(): Uint8Array[] {
    const ready: Uint8Array[] = [];
    for (let next = this.ahead.get(this.applied + 1); next !== undefined; next = this.ahead.get(this.applied + 1)) {
      this.ahead.delete(++this.applied);
      if (next) ready.push(next);
    }
    return ready;
  }
}
