/** One reminder per item per hour (SPEC T7). */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Remembers, in memory, when each item's last reminder went out, so that a double click or a
 * second coordinator within the hour does not mail the owners twice. A send in progress holds
 * its item: the second click is refused at once instead of racing the first.
 */
export class ReminderThrottle {
  private readonly sentAt = new Map<string, number>();

  constructor(private readonly intervalMs = REMINDER_INTERVAL_MS) {}

  /** Takes the item for a send; returns when the last one went out if it was too recent. */
  claim(key: string, now: number): { ok: true } | { ok: false; lastSentAt: number } {
    this.forgetOlderThan(now);
    const last = this.sentAt.get(key);
    if (last !== undefined) return { ok: false, lastSentAt: last };
    this.sentAt.set(key, now);
    return { ok: true };
  }

  /** The send failed: the item may be reminded again at once. */
  release(key: string): void {
    this.sentAt.delete(key);
  }

  private forgetOlderThan(now: number): void {
    for (const [key, at] of this.sentAt) if (now - at >= this.intervalMs) this.sentAt.delete(key);
  }
}
