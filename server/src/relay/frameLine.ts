import type { Connection } from './connection';
import type { ClientFrame } from './frames';
import { TimeSlices } from './timeSlices';

/**
 * From this size an update is integrated over several turns of the event loop (R28): a
 * 1.3 MB document sent whole took 20–110 ms to apply and 10–45 ms more to read against the
 * schema, in one turn, while every other room waited (issue 21).
 */
export const LARGE_UPDATE_BYTES = 64 * 1024;

/** What may wait behind a large update; past it the sender is refused (R28). */
export const WAITING_LIMITS = { frames: 4096, bytes: 32 * 1024 * 1024 };

/** Handles one frame: at once, or, for a large update, in steps that end when the promise settles. */
export type FrameHandler = (connection: Connection, frame: ClientFrame) => Promise<void> | undefined;

interface WaitingFrame {
  connection: Connection;
  frame: ClientFrame;
}

const sizeOf = (frame: ClientFrame): number =>
  frame.kind === 'syncStep1' ? frame.stateVector.byteLength : 'update' in frame ? frame.update.byteLength : 0;

/**
 * A room's frames in arrival order (R28). Most are handled at once; once one needs several
 * turns (a large update), the frames that arrive meanwhile wait in line and are handled
 * after it, in order, in time slices. A failure found after a frame's own turn reaches the
 * relay through `connection.frameFailed`, as a thrown one would.
 */
export class FrameLine {
  private waiting: WaitingFrame[] = [];
  private waitingBytes = 0;
  private running: Promise<void> | undefined;

  constructor(private readonly handle: FrameHandler) {}

  /** Whether frames are being handled over several turns: the room's document is in between. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Handles the frame or puts it in line; false when the line is full (the sender is refused). */
  receive(connection: Connection, frame: ClientFrame): boolean {
    if (this.running) return this.add(connection, frame);
    const steps = this.handle(connection, frame);
    if (steps || this.waiting.length > 0) this.running = this.run(connection, steps).finally(() => (this.running = undefined));
    return true;
  }

  /** Frames that came before any now waiting (updates held for a sync step 2, R27): handled next. */
  putFirst(connection: Connection, frames: ClientFrame[]): void {
    this.waiting.unshift(...frames.map((frame) => ({ connection, frame })));
    for (const frame of frames) this.waitingBytes += sizeOf(frame);
  }

  /** Resolves once no frame waits and none is being handled. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  clear(): void {
    this.waiting = [];
    this.waitingBytes = 0;
  }

  private add(connection: Connection, frame: ClientFrame): boolean {
    const size = sizeOf(frame);
    if (this.waiting.length >= WAITING_LIMITS.frames || this.waitingBytes + size > WAITING_LIMITS.bytes) return false;
    this.waiting.push({ connection, frame });
    this.waitingBytes += size;
    return true;
  }

  private async run(connection: Connection, steps: Promise<void> | undefined): Promise<void> {
    if (steps) {
      await steps.catch((error: unknown) => connection.frameFailed(error));
      await nextTurn();
    }
    const slices = new TimeSlices();
    for (;;) {
      await slices.pause();
      const next = this.waiting.shift();
      if (!next) return;
      this.waitingBytes -= sizeOf(next.frame);
      if (next.connection.closed) continue;
      try {
        await this.handle(next.connection, next.frame);
      } catch (error) {
        next.connection.frameFailed(error);
      }
    }
  }
}

/**
 * Resolves after the sockets and timers that are waiting now had their turn. From a socket's
 * callback one setImmediate runs right after it, before the loop polls again: two are needed.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
