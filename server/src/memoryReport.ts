/**
 * Memory figures on demand, for the benchmark's breakdown of what an open document costs
 * (issue 21): on SIGUSR2 the process writes one line to stderr, `MINUTIER_MEMORY {json}`.
 * A signal and not an HTTP route: only someone with a session on the machine can ask,
 * and nothing about the server is readable from the network.
 */

export const MEMORY_REPORT_SIGNAL = 'SIGUSR2';
export const MEMORY_REPORT_PREFIX = 'MINUTIER_MEMORY';

/** What the relay holds, from `Relay.memoryFigures`. */
export interface RelayMemory {
  rooms: number;
  connections: number;
  /** Encoded document state held by the open rooms, in bytes. */
  heldBytes: number;
}

/** `process.memoryUsage()`, after a full collection when the process allows one (where `external` already counts `arrayBuffers`), plus the relay's figures when it has some. */
export interface MemoryReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  relay?: RelayMemory;
}

/** The report as one line, as written to stderr. */
export async function memoryReportLine(relayMemory?: () => Promise<RelayMemory>): Promise<string> {
  const relay = relayMemory ? await relayMemory() : undefined;
  // The benchmark starts its servers with --expose-gc: a full collection first, so that heapUsed
  // counts live objects, not garbage waiting for the collector (±1 MB between two readings).
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  const report: MemoryReport = { rss, heapUsed, heapTotal, external, arrayBuffers, ...(relay ? { relay } : {}) };
  return `${MEMORY_REPORT_PREFIX} ${JSON.stringify(report)}\n`;
}

/** Answers every SIGUSR2 with a report line on stderr. Returns what stops answering. */
export function reportMemoryOnSignal(relayMemory?: () => Promise<RelayMemory>): () => void {
  const answer = () => {
    memoryReportLine(relayMemory).then(
      (line) => process.stderr.write(line),
      (error: unknown) => process.stderr.write(`memory report failed: ${String(error)}\n`),
    );
  };
  process.on(MEMORY_REPORT_SIGNAL, answer);
  return () => process.off(MEMORY_REPORT_SIGNAL, answer);
}

/** The report in `text` (a process's output), if a line of it holds one. */
export function parseMemoryReport(text: string): MemoryReport | undefined {
  const match = new RegExp(`^${MEMORY_REPORT_PREFIX} (\\{.*\\})$`, 'm').exec(text);
  return match ? (JSON.parse(match[1]!) as MemoryReport) : undefined;
}
