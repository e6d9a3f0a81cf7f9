/** Refusals a user may cause on one document within `WINDOW_MS` before being held off. */
const REFUSALS = 5;
const WINDOW_MS = 60_000;

/**
 * Counts the refused updates (R23) per user and document. A refusal found after
 * integrating costs the room a rebuild of its document; a user who keeps sending such
 * updates, reconnecting each time, is held off that document for the rest of the window
 * (R6), so no account can keep the event loop busy for everyone.
 */
export class RefusalBudget {
  private readonly refusals = new Map<string, number[]>();

  /** Records a refusal; answers whether the user is now over the budget. */
  spend(userId: string, documentId: string, now = Date.now()): boolean {
    const key = `${userId} ${documentId}`;
    const recent = this.recent(key, now);
    recent.push(now);
    this.refusals.set(key, recent);
    return recent.length >= REFUSALS;
  }

  /** Whether the user is held off the document. */
  exhausted(userId: string, documentId: string, now = Date.now()): boolean {
    const key = `${userId} ${documentId}`;
    const recent = this.recent(key, now);
    if (recent.length === 0) this.refusals.delete(key);
    return recent.length >= REFUSALS;
  }

  private recent(key: string, now: number): number[] {
    return (this.refusals.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  }
}
