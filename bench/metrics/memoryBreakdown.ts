import type { MemoryReport } from '../../server/src/memoryReport';

/**
 * Where the memory growth between two of a server's own reports (`process.memoryUsage()`,
 * each after a full collection) went, per unit (an open document). The four parts add up
 * to `rssPerUnit`.
 */
export interface MemoryBreakdown {
  /** RSS growth as the process reports it, after its collections. */
  rssPerUnit: number;
  /** Live JS objects (V8 heap used). */
  heapUsedPerUnit: number;
  /** V8 heap committed but not in use (heapTotal − heapUsed). */
  heapFreePerUnit: number;
  /** Memory JS objects hold outside the heap: Buffers, ArrayBuffers and the like (includes `arrayBuffers`). */
  externalPerUnit: number;
  /** The part of `external` that is ArrayBuffers (Node Buffers among them). */
  arrayBuffersPerUnit: number;
  /** The RSS left: native memory (sockets, the allocator, SQLite's page cache, code). */
  nativePerUnit: number;
  /** What Minutier's relay says it holds at the second report. */
  relay?: { rooms: number; connections: number; heldBytesPerRoom: number };
}

export function memoryBreakdown(before: MemoryReport, after: MemoryReport, units: number): MemoryBreakdown {
  const perUnit = (pick: (report: MemoryReport) => number) => (pick(after) - pick(before)) / units;
  const { relay } = after;
  return {
    rssPerUnit: perUnit((report) => report.rss),
    heapUsedPerUnit: perUnit((report) => report.heapUsed),
    heapFreePerUnit: perUnit((report) => report.heapTotal - report.heapUsed),
    externalPerUnit: perUnit((report) => report.external),
    arrayBuffersPerUnit: perUnit((report) => report.arrayBuffers),
    nativePerUnit: perUnit((report) => report.rss - report.heapTotal - report.external),
    ...(relay
      ? { relay: { rooms: relay.rooms, connections: relay.connections, heldBytesPerRoom: relay.rooms > 0 ? relay.heldBytes / relay.rooms : 0 } }
      : {}),
  };
}
