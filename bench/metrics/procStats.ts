import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

/** What /proc says about one process at one moment. */
export interface ProcessSample {
  /** User plus system CPU time since the process started, in seconds. */
  cpuSeconds: number;
  /** Resident memory now (VmRSS), in bytes. */
  rssBytes: number;
  /** Highest resident memory since the process started (VmHWM), in bytes. */
  peakRssBytes: number;
}

/** Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
const clockTicksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function sampleProcess(pid: number): ProcessSample {
  // The command name (field 2) may hold spaces, so count fields from the ')' that closes it.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 (utime) and 15 (stime) of proc(5); the slice starts at field 3.
  const ticks = Number(fields[14 - 3]) + Number(fields[15 - 3]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuSeconds: ticks / clockTicksPerSecond,
    rssBytes: statusKilobytes(status, 'VmRSS') * 1024,
    peakRssBytes: statusKilobytes(status, 'VmHWM') * 1024,
  };
}

/** Several processes serving together (a cluster's instances), each sampled, with their sums. */
export interface ProcessesSample extends ProcessSample {
  perProcess: ProcessSample[];
}

/**
 * Samples every process and sums: CPU time and RSS add up exactly; each VmHWM is its own
 * process's peak, so their sum bounds the processes' joint peak from above.
 */
export function sampleProcesses(pids: readonly number[]): ProcessesSample {
  const perProcess = pids.map(sampleProcess);
  const sum = (pick: (sample: ProcessSample) => number) => perProcess.reduce((total, sample) => total + pick(sample), 0);
  return {
    cpuSeconds: sum((sample) => sample.cpuSeconds),
    rssBytes: sum((sample) => sample.rssBytes),
    peakRssBytes: sum((sample) => sample.peakRssBytes),
    perProcess,
  };
}

function statusKilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match) throw new Error(`/proc status has no ${field}`);
  return Number(match[1]);
}

/** Whether the process has a handler for `signal` (SigCgt in /proc/<pid>/status): without one, most signals kill it. */
export function catchesSignal(pid: number, signal: NodeJS.Signals): boolean {
  const match = /^SigCgt:\s+([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error('/proc status has no SigCgt');
  // Bit n − 1 of the mask stands for signal number n.
  return ((BigInt(`0x${match[1]}`) >> BigInt(constants.signals[signal] - 1)) & 1n) === 1n;
}
