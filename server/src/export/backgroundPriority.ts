import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The lowest priority (nice 19): when the two cores are short, the relay's event loop
 * always runs first and export work takes what is left. Nice 10 still took a tenth of a
 * core from the relay's group in the export benchmark.
 */
export const BACKGROUND_NICE = 19;

/**
 * Lowers the calling thread only: on Linux a nice value is per thread, and
 * `/proc/thread-self` names this one (`setPriority(0)` would too, but says less). Threads and
 * processes this thread starts afterwards (Chromium) inherit it. Elsewhere nothing changes.
 */
export function lowerThisThread(): void {
  let tid: number;
  try {
    tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(tid, BACKGROUND_NICE);
  } catch {
    // No /proc: the thread keeps the process's priority.
    return;
  }
  try {
    // SCHED_IDLE: a waking relay thread of the same process preempts this one at once,
    // instead of waiting for the end of its time slice (Node has no call for it: util-linux's chrt).
    execFileSync('chrt', ['--idle', '--pid', '0', String(tid)], { stdio: 'ignore' });
  } catch {
    // No chrt: nice 19 alone.
  }
}

/**
 * Lowers the processes this thread started (Chromium) as a group. Chromium makes itself a
 * session leader, and Linux's autogroup scheduler shares the CPU between sessions first:
 * its renderer would get as much CPU as the whole server, whatever the nice of its threads,
 * unless its session is niced too (`/proc/<pid>/autogroup`). Lowering is always allowed.
 */
export function lowerChildSessions(): void {
  let children: string[];
  try {
    children = readFileSync('/proc/thread-self/children', 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return;
  }
  for (const pid of children) {
    try {
      writeFileSync(`/proc/${pid}/autogroup`, String(BACKGROUND_NICE));
    } catch {
      // No autogroup (kernel without it, or the child already gone): the threads' nice still holds.
    }
  }
}
