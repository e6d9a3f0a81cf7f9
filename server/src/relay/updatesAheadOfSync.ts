import type { UpdateShape } from './checkUpdate';

/** An update frame as the room receives it. */
export interface HeldUpdate {
  kind: 'update';
  update: Uint8Array;
  shape: UpdateShape;
}

/** How much one connection may send ahead of its sync step 2 before it is refused (R27). */
export const AHEAD_OF_SYNC_LIMITS = { frames: 512, bytes: 8 * 1024 * 1024 };

/**
 * The updates a connection sent before its sync step 2 that build on content only that
 * step 2 brings (R27). A stock client that typed while disconnected sends its next
 * keystrokes as soon as the socket opens, before it has answered our sync step 1 with
 * what it typed offline: those keystrokes miss their dependencies for one round trip.
 * They wait here, bounded, and are checked like any update once the step 2 arrived.
 */
export class UpdatesAheadOfSync {
  private held: HeldUpdate[] | null = [];
  private bytes = 0;
  private waitedOneBeat = false;

  /** Keeps `frame` for later; false once the step 2 arrived or past the limits. */
  hold(frame: HeldUpdate): boolean {
    if (!this.held) return false;
    if (this.held.length >= AHEAD_OF_SYNC_LIMITS.frames) return false;
    if (this.bytes + frame.update.length > AHEAD_OF_SYNC_LIMITS.bytes) return false;
    this.held.push(frame);
    this.bytes += frame.update.length;
    return true;
  }

  /**
   * Called at every heartbeat: true when updates have been waiting since the previous
   * one. A stock client answers our step 1 within a round trip; one that never does is
   * refused rather than left holding memory.
   */
  overdue(): boolean {
    if (!this.held?.length) return false;
    if (this.waitedOneBeat) return true;
    this.waitedOneBeat = true;
    return false;
  }

  /** The connection's step 2 arrived: what was held, in order; nothing is held from now on. */
  release(): HeldUpdate[] {
    const held = this.held ?? [];
    this.held = null;
    this.bytes = 0;
    return held;
  }
}
