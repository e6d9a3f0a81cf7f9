import { once } from 'node:events';
import type { ExportFormat } from '../../shared/export/exportFormats';
import { startTsWorker } from '../../server/src/export/tsWorker';
import { type LatencySummary, summarizeLatencies } from '../metrics/percentiles';
import { type FanOutParams, runFanOut } from '../scenarios/fanOut';
import { expectStatus, request } from '../targets/minutierAccess';
import { minutierTarget } from '../targets/minutier';
import type { RunningTarget } from '../targets/target';
import { type DownloadTally, type ExportDownload, downloadExport } from './exportDownloads';
import { longMinutes } from './longMinutes';
import { withTimeout } from '../timing';

const DOWNLOADS_WORKER = new URL('./exportDownloadsWorker.ts', import.meta.url);
/** A PDF export in flight when the lanes stop can take seconds on a busy machine. */
const STOP_TIMEOUT_MS = 120_000;

/** Exports downloaded over and over during a fan-out run: `concurrent` at a time, each as soon as the last ended. */
export interface ExportLoad {
  format: ExportFormat;
  concurrent: number;
}

export interface FanOutDuringExportParams {
  fanOut: FanOutParams;
  /** Copies of the sample minutes in the exported document (26: about 100 pages). */
  copies: number;
  rounds: number;
}

export interface FanOutDuringExportResult {
  load: ExportLoad;
  /** Every round's delays together, per condition. */
  alone: LatencySummary;
  exporting: LatencySummary;
  /**
   * Each round's exporting p99 over its alone p99: on a shared machine a 15 s run's p99
   * moves with the neighbours' load, so ratios are taken within a round and summarised.
   */
  p99Ratios: number[];
  /** Exports served during the fan-out runs, their median duration, those refused (503) and failed. */
  exports: number;
  exportMedianMs: number;
  refused: number;
  failed: number;
}

/**
 * The relay's fan-out latency while the server exports a long compte-rendu, against the
 * same fan-out alone: each run on a fresh server (`minutierTarget`, its own process) that
 * holds the long document and has exported it once (the worker is up in both conditions),
 * the two conditions alternating from round to round.
 */
export async function runFanOutDuringExport(
  load: ExportLoad,
  params: FanOutDuringExportParams,
  log: (line: string) => void,
): Promise<FanOutDuringExportResult> {
  const delays = { alone: [] as number[], exporting: [] as number[] };
  const p99Ratios: number[] = [];
  const durations: number[] = [];
  let refused = 0;
  let failed = 0;
  for (let round = 0; round < params.rounds; round++) {
    const order = round % 2 === 0 ? (['alone', 'exporting'] as const) : (['exporting', 'alone'] as const);
    const roundP99 = { alone: Number.NaN, exporting: Number.NaN };
    for (const condition of order) {
      const server = await minutierTarget.start();
      try {
        const exporter = await exporterOf(server, params.copies, load.format);
        const label = `export-${load.format}x${load.concurrent}-${condition}-r${round}`;
        // The first export of a fresh server also starts its worker (and Chromium for a PDF).
        log(`${label}: first export ${Math.round(await exporter.once())} ms`);
        if (condition === 'alone') {
          const { delaysMs } = await runFanOut(server, params.fanOut, label);
          delays.alone.push(...delaysMs);
          roundP99.alone = summarizeLatencies(delaysMs).p99;
        } else {
          const running = await exporter.repeat(load.concurrent);
          try {
            const { delaysMs } = await runFanOut(server, params.fanOut, label);
            delays.exporting.push(...delaysMs);
            roundP99.exporting = summarizeLatencies(delaysMs).p99;
          } finally {
            const done = await running.stop();
            durations.push(...done.durations);
            refused += done.refused;
            failed += done.failed;
          }
        }
        log(`${label}: ok`);
      } finally {
        await server.stop();
      }
    }
    p99Ratios.push(roundP99.exporting / roundP99.alone);
    log(`export-${load.format}x${load.concurrent}-r${round}: p99 ${roundP99.alone.toFixed(2)} ms alone, ${roundP99.exporting.toFixed(2)} ms exporting (${(roundP99.exporting / roundP99.alone).toFixed(2)}×)`);
  }
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    load,
    alone: summarizeLatencies(delays.alone),
    exporting: summarizeLatencies(delays.exporting),
    p99Ratios,
    exports: durations.length,
    exportMedianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    refused,
    failed,
  };
}

/**
 * Creates the long compte-rendu through the API and downloads its export. The target's
 * connection request carries the server's address and API token.
 */
async function exporterOf(server: RunningTarget, copies: number, format: ExportFormat) {
  const { url, headers } = await server.connectionRequest('');
  const origin = `http://${new URL(url).host}`;
  const { meta, participants, content } = longMinutes(copies);
  const created = await request(`${origin}/api/minutes`, { method: 'POST', headers, body: { meta, participants, content } });
  await expectStatus(created, 201, 'POST /api/minutes (long document)');
  const { id } = (await created.json()) as { id: string };
  const download: ExportDownload = { url: `${origin}/api/minutes/${id}/export?format=${format}&profile=internal`, headers };

  return {
    async once(): Promise<number> {
      const duration = await downloadExport(download);
      if (duration === undefined) throw new Error('export refused on an idle server');
      return duration;
    },
    /**
     * Downloads over and over from a thread of its own (exportDownloadsWorker) until stopped;
     * resolves once the thread has loaded, so its start-up is not measured with the fan-out.
     */
    async repeat(concurrent: number) {
      const worker = startTsWorker(DOWNLOADS_WORKER, { download, concurrent });
      const failedToStart = once(worker, 'error').then(([error]) => Promise.reject(error as Error));
      await withTimeout(Promise.race([once(worker, 'message'), failedToStart]), STOP_TIMEOUT_MS, 'export downloads start');
      return {
        async stop(): Promise<DownloadTally> {
          const answer = once(worker, 'message') as Promise<[DownloadTally]>;
          const failed = once(worker, 'error').then(([error]) => Promise.reject(error as Error));
          worker.postMessage('stop');
          const [tally] = await withTimeout(Promise.race([answer, failed]), STOP_TIMEOUT_MS, 'export downloads stop');
          await worker.terminate();
          return tally;
        },
      };
    },
  };
}
