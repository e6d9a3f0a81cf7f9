import { cpus } from 'node:os';
import type { BenchConfig } from './benchConfig';
import { clusterGoalLine } from './clusterGoal';
import type { MemoryBreakdown } from './metrics/memoryBreakdown';
import { type LatencySummary, summarizeLatencies } from './metrics/percentiles';
import type { Outcome } from './rounds';
import type { ColdOpenResult } from './scenarios/coldOpen';
import type { FanOutParams, FanOutResult } from './scenarios/fanOut';
import type { IdleDocumentsResult } from './scenarios/idleDocuments';
import type { TargetName } from './targets/target';

type Outcomes<R> = Map<TargetName, Outcome<R>[]>;

export interface BenchResults {
  config: BenchConfig;
  startedAt: Date;
  elapsedSeconds: number;
  meeting: Outcomes<FanOutResult>;
  coalition: Outcomes<FanOutResult>;
  coldOpen: Outcomes<ColdOpenResult>;
  idleDocuments: Outcomes<IdleDocumentsResult>;
}

/** The whole report, as markdown: one table per scenario, ratios beside absolute figures. */
export function renderReport(results: BenchResults): string {
  const { config } = results;
  const cpu = cpus();
  return [
    '# Relay benchmark',
    '',
    `${results.startedAt.toISOString()} · ${config.name} run (${results.elapsedSeconds.toFixed(0)} s) · Node ${process.version} · ` +
      `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} · ${config.rounds} rounds per scenario, target order reversed every other round, ` +
      'each run on a freshly started server process.',
    '',
    fanOutSection('1. One meeting', config.meeting, results.meeting),
    fanOutSection('2. A coalition', config.coalition, results.coalition),
    coldOpenSection(config, results.coldOpen),
    idleSection(config, results.idleDocuments),
    '',
  ].join('\n');
}

/** True when every run of every target succeeded. */
export function allSucceeded(results: BenchResults): boolean {
  return [results.meeting, results.coalition, results.coldOpen, results.idleDocuments].every((outcomes) =>
    [...outcomes.values()].every((runs) => runs.every((run) => run.ok)),
  );
}

interface FanOutFigures {
  latency: LatencySummary;
  cpuSeconds: number;
  cpuPerRound: number[];
  peakRssBytes: number;
  /** Per process, mean of rounds: one entry, or one per instance. */
  peakRssPerProcessBytes: number[];
}

function fanOutSection(title: string, params: FanOutParams, outcomes: Outcomes<FanOutResult>): string {
  const figures = aggregate(outcomes, (runs): FanOutFigures => ({
    latency: summarizeLatencies(runs.flatMap((run) => run.delaysMs)),
    cpuSeconds: mean(runs.map((run) => run.cpuSeconds)),
    cpuPerRound: runs.map((run) => run.cpuSeconds),
    peakRssBytes: mean(runs.map((run) => run.peakRssBytes)),
    peakRssPerProcessBytes: runs[0]!.peakRssPerProcessBytes.map((_, index) => mean(runs.map((run) => run.peakRssPerProcessBytes[index]!))),
  }));
  const raw = figures.get('raw');
  const baseline = raw && 'value' in raw ? raw.value : undefined;
  const rows = [...figures].map(([name, figure]) => {
    if ('error' in figure) return [name, failed(figure.error), '', '', '', '', ''];
    const { latency, cpuSeconds, cpuPerRound, peakRssBytes, peakRssPerProcessBytes } = figure.value;
    const perProcess = peakRssPerProcessBytes.length > 1 ? ` · peak RSS ${peakRssPerProcessBytes.map(megabytes).join(' + ')}` : '';
    return [
      name,
      withRatio(latency.p50, baseline?.latency.p50, ms),
      withRatio(latency.p95, baseline?.latency.p95, ms),
      withRatio(latency.p99, baseline?.latency.p99, ms),
      withRatio(cpuSeconds, baseline?.cpuSeconds, (value) => `${value.toFixed(2)} s`),
      withRatio(peakRssBytes, baseline?.peakRssBytes, megabytes),
      `${cpuPerRound.map((value) => value.toFixed(2)).join(' / ')} · ${latency.samples} deliveries${perProcess}`,
    ];
  });
  const clusterGoal = clusterGoalLine(outcomes);
  return [
    `## ${title}`,
    '',
    `${params.documents} document(s) × ${params.clientsPerDocument} clients, ${params.writersPerDocument} writer(s) × ` +
      `${params.editsPerSecond} edits/s each, ${params.durationMs / 1000} s. Latency: edit made → integrated by each other replica, ` +
      'pooled over the rounds. Server CPU: utime+stime from the first edit until every replica had every edit (mean of rounds). ' +
      'Peak RSS: VmHWM of the server process (mean of rounds). minutier-cluster: two instances on PostgreSQL + Redis, ' +
      'each document\'s clients alternating between them; its CPU and peak RSS are both processes\' summed (each peak in the last ' +
      'column), PostgreSQL and Redis not counted. Ratios are to the raw relay.',
    '',
    table(['Target', 'p50', 'p95', 'p99', 'Server CPU', 'Server peak RSS', 'CPU per round · samples'], rows),
    '',
    ...(clusterGoal ? [clusterGoal, ''] : []),
  ].join('\n');
}

function coldOpenSection(config: BenchConfig, outcomes: Outcomes<ColdOpenResult>): string {
  // Each run's first open finds the document just written (our relay folds its log then);
  // the later ones find it compacted, as a document written long ago is.
  const figures = aggregate(outcomes, (runs) => ({
    openMs: runs.flatMap((run) => run.openMs),
    freshSyncedMs: runs.flatMap((run) => run.syncedMs.slice(0, 1)),
    compactedSyncedMs: runs.flatMap((run) => run.syncedMs.slice(1)),
    documentBytes: runs[0]!.documentBytes,
    seederStayed: runs.some((run) => run.seederStayed),
  }));
  const reference = figures.get('y-websocket-server');
  const referenceOf = (pick: (value: { openMs: number[]; freshSyncedMs: number[]; compactedSyncedMs: number[] }) => number[]) =>
    reference && 'value' in reference ? median(pick(reference.value)) : undefined;
  const rows = [...figures].map(([name, figure]) => {
    if ('error' in figure) return [name, failed(figure.error), '', '', '', '', ''];
    const { openMs, freshSyncedMs, compactedSyncedMs, seederStayed } = figure.value;
    return [
      name,
      withRatio(median(openMs), referenceOf((value) => value.openMs), ms),
      withRatio(median(freshSyncedMs), referenceOf((value) => value.freshSyncedMs), ms),
      compactedSyncedMs.length > 0 ? withRatio(median(compactedSyncedMs), referenceOf((value) => value.compactedSyncedMs), ms) : 'n/a',
      `${ms(Math.min(...openMs))} – ${ms(Math.max(...openMs))}`,
      String(openMs.length),
      seederStayed ? 'memory (the seeder stays connected, or the document is lost)' : loadedFrom(name),
    ];
  });
  // The raw relay is not run here: it holds no document to open.
  rows.push(['raw', 'n/a (holds no document)', '', '', '', '', '']);
  const bytes = [...figures.values()].find((figure) => 'value' in figure);
  const size = bytes && 'value' in bytes ? `${(bytes.value.documentBytes / 1e6).toFixed(2)} MB encoded` : '';
  return [
    '## 3. Cold open',
    '',
    `${config.coldOpen.paragraphs} paragraphs (${size}) seeded by a client that then leaves; ${config.coldOpen.opens} fresh clients ` +
      `open it one after the other, ${config.coldOpen.settleMs} ms apart, each measured from its socket's creation until sync step 2 ` +
      'arrives, and until it is applied (synced: what the user waits for). The first open of each run finds the document just ' +
      'written, the later ones find it compacted. Ratios are to y-websocket-server.',
    '',
    table(['Target', 'Step 2 received (median)', 'Synced, just written', 'Synced, compacted', 'Step 2 range', 'Opens', 'Served from'], rows),
    '',
  ].join('\n');
}

function idleSection(config: BenchConfig, outcomes: Outcomes<IdleDocumentsResult>): string {
  const figures = aggregate(outcomes, (runs) => ({
    before: mean(runs.map((run) => run.rssBeforeBytes)),
    after: mean(runs.map((run) => run.rssAfterBytes)),
    perDocument: mean(runs.map((run) => run.bytesPerDocument)),
  }));
  const reference = figures.get('y-websocket-server');
  const referencePerDocument = reference && 'value' in reference ? reference.value.perDocument : undefined;
  const rows = [...figures].map(([name, figure]) => {
    if ('error' in figure) return [name, failed(figure.error), '', ''];
    const { before, after, perDocument } = figure.value;
    const perDocumentCell = name === 'raw' ? `${kilobytes(perDocument)} (n/a: holds no document)` : withRatio(perDocument, referencePerDocument, kilobytes);
    return [name, perDocumentCell, megabytes(before), megabytes(after)];
  });
  // Not run on the cluster: memory per open document is one process's, which clients spread over two instances blur.
  if (outcomes.size > 0) rows.push(['minutier-cluster', 'n/a (two processes: see sections 1 and 2)', '', '']);
  return [
    '## 4. Many idle documents',
    '',
    `${config.idleDocuments.documents} documents, each opened by one client and left idle: (server RSS after − before) / documents, ` +
      'mean of rounds. The documents are created first, then the server restarts: both readings come from a fresh process ' +
      '(after one warm-up open). Ratio is to y-websocket-server.',
    '',
    table(['Target', 'RSS per open document', 'RSS before', 'RSS after'], rows),
    '',
    idleBreakdown(outcomes),
  ].join('\n');
}

/** Section 4's second table: where each open document's memory went, by the server's own account. */
function idleBreakdown(outcomes: Outcomes<IdleDocumentsResult>): string {
  const figures = aggregate(outcomes, (runs) => {
    const breakdowns = runs.map((run) => run.breakdown);
    if (!breakdowns.every((breakdown) => breakdown !== undefined)) return undefined;
    const meanOf = (pick: (breakdown: MemoryBreakdown) => number) => mean(breakdowns.map(pick));
    const relays = breakdowns.map((breakdown) => breakdown.relay);
    return {
      rss: meanOf((breakdown) => breakdown.rssPerUnit),
      heapUsed: meanOf((breakdown) => breakdown.heapUsedPerUnit),
      heapFree: meanOf((breakdown) => breakdown.heapFreePerUnit),
      external: meanOf((breakdown) => breakdown.externalPerUnit),
      arrayBuffers: meanOf((breakdown) => breakdown.arrayBuffersPerUnit),
      native: meanOf((breakdown) => breakdown.nativePerUnit),
      relay: relays.every((relay) => relay !== undefined) ? relays : undefined,
    };
  });
  const rows = [...figures].map(([name, figure]) => {
    if ('error' in figure) return [name, failed(figure.error), '', '', '', '', ''];
    if (!figure.value) return [name, 'n/a (the server gave no memory report)', '', '', '', '', ''];
    const { rss, heapUsed, heapFree, external, arrayBuffers, native, relay } = figure.value;
    // One entry per round, usually all the same.
    const rooms = [...new Set(relay?.map((each) => `${each.rooms} rooms, ${each.connections} connections`))].join(' / ');
    const stored = relay ? `${mean(relay.map((each) => each.heldBytesPerRoom)).toFixed(0)} B (${rooms})` : 'n/a';
    return [name, kilobytes(rss), kilobytes(heapUsed), kilobytes(heapFree), `${kilobytes(external)} (${kilobytes(arrayBuffers)})`, kilobytes(native), stored];
  });
  return [
    'Breakdown, per open document: after − before of the server\'s own `process.memoryUsage()`, asked by SIGUSR2 right before the first RSS ' +
      'reading above and right after the second, each time after a full garbage collection (so its RSS can differ from the column above), mean of ' +
      'rounds. RSS = JS heap used (live objects) + JS heap committed but free + external (memory JS objects hold outside the ' +
      'heap; array buffers, Node Buffers among them, in brackets, are part of it) + the rest: native memory (sockets and their ' +
      'buffers, the allocator, SQLite page cache, code), negative when the collection gave back pages. Stored state: the encoded ' +
      'document bytes Minutier\'s rooms hold, per room, with its open rooms and connections at the second reading.',
    '',
    table(['Target', 'RSS after GC', 'JS heap used', 'JS heap free', 'External (array buffers)', 'Rest of RSS (native)', 'Stored state per room'], rows),
  ].join('\n');
}

/** Per target: the figures from all its rounds, or the first failure. */
function aggregate<R, F>(outcomes: Outcomes<R>, combine: (runs: R[]) => F): Map<TargetName, { value: F } | { error: string }> {
  const figures = new Map<TargetName, { value: F } | { error: string }>();
  for (const [name, runs] of outcomes) {
    const failure = runs.find((run) => !run.ok);
    if (failure && !failure.ok) figures.set(name, { error: failure.error });
    else if (runs.length > 0) figures.set(name, { value: combine(runs.map((run) => (run as { value: R }).value)) });
  }
  return figures;
}

const servedFrom: Partial<Record<TargetName, string>> = {
  minutier: 'SQLite (the room unloads when the seeder leaves)',
  'minutier-cluster': 'PostgreSQL (seeded through instance A, opened on B, A, B, …; rooms unload when their last client leaves)',
};
const loadedFrom = (name: TargetName): string => servedFrom[name] ?? 'memory';

function withRatio(value: number, baseline: number | undefined, format: (value: number) => string): string {
  if (baseline === undefined || baseline <= 0) return `${format(value)} (n/a)`;
  return `${format(value)} (${(value / baseline).toFixed(2)}×)`;
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const failed = (error: string): string => `**FAILED**: ${error.split('\n')[0]!.replaceAll('|', '\\|')}`;

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
