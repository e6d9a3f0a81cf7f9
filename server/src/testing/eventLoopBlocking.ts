import { existsSync, readFileSync } from 'node:fs';

/**
 * How long this process's event loop is held, measured so that a loaded machine does
 * not count: over each gap between two ticks of a 1 ms timer, the time the loop was
 * held is at most the wall time and at most the CPU time its thread used meanwhile.
 * A thread that the machine set aside (two cores, other test files) has a long wall
 * gap but used little CPU; a loop held by a long task used both.
 */
export interface LoopWatch {
  stop(): { maxHeldMs: number; maxGapMs: number };
}

export function watchEventLoop(): LoopWatch {
  let last = sample();
  let maxHeldMs = 0;
  let maxGapMs = 0;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = sample();
    maxGapMs = Math.max(maxGapMs, now.wall - last.wall);
    maxHeldMs = Math.max(maxHeldMs, heldBetween(last, now));
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return {
    stop() {
      clearTimeout(timer);
      return { maxHeldMs, maxGapMs };
    },
  };
}

/** Polls `url` one request after the other; each round trip is counted like a gap above. */
export function pollLatency(url: string): { stop(): Promise<{ maxMs: number; maxWallMs: number; requests: number }> } {
  let running = true;
  let maxMs = 0;
  let maxWallMs = 0;
  let requests = 0;
  const loop = (async () => {
    while (running) {
      const before = sample();
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      await response.arrayBuffer();
      const after = sample();
      maxMs = Math.max(maxMs, heldBetween(before, after));
      maxWallMs = Math.max(maxWallMs, after.wall - before.wall);
      requests++;
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { maxMs, maxWallMs, requests };
    },
  };
}

interface Sample {
  wall: number;
  /** CPU time of this thread, in milliseconds. */
  cpu: number;
}

const SCHEDSTAT = '/proc/thread-self/schedstat';
const perThread = existsSync(SCHEDSTAT);

/**
 * Linux counts each thread's time on a CPU in nanoseconds; elsewhere the whole
 * process's CPU time (GC and SQLite threads included) is the closest Node 20 offers.
 */
function sample(): Sample {
  if (perThread) return { wall: performance.now(), cpu: Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 };
  const { user, system } = process.cpuUsage();
  return { wall: performance.now(), cpu: (user + system) / 1000 };
}

const heldBetween = (from: Sample, to: Sample): number => Math.min(to.wall - from.wall, to.cpu - from.cpu);
