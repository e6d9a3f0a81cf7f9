/** How long a long task keeps the event loop before it lets other work run. */
export const SLICE_MS = 10;

/**
 * Cuts a long loop into slices of about `sliceMs` (R25): the loop calls `pause()` after
 * each step, which yields to the event loop (sockets, timers, other rooms) once the
 * slice is spent, so no request waits longer than one step and one slice.
 */
export class TimeSlices {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    // setImmediate, not a promise: I/O callbacks run before the next slice.
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }
}
