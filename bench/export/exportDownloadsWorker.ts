import { parentPort, workerData } from 'node:worker_threads';
import { type DownloadTally, type ExportDownload, downloadExport } from './exportDownloads';

/**
 * The exporting user's side of the export benchmark, in a thread of its own: `concurrent`
 * downloads at a time, each started as soon as the last ended, until told to stop. The
 * people exporting are not on the machine of the people typing: receiving megabytes of
 * files on the event loop of the fan-out's clients would delay the timestamps of the
 * deliveries they measure, and show as the relay's latency.
 */
const { download, concurrent } = workerData as { download: ExportDownload; concurrent: number };
const tally: DownloadTally = { durations: [], refused: 0, failed: 0 };
let stopping = false;
parentPort!.once('message', () => {
  stopping = true;
});
// Loaded: the fan-out may start.
parentPort!.postMessage('ready');

await Promise.all(
  Array.from({ length: concurrent }, async () => {
    while (!stopping) {
      const duration = await downloadExport(download).catch(() => null);
      if (duration === null) tally.failed++;
      else if (duration === undefined) tally.refused++;
      else tally.durations.push(duration);
    }
  }),
);
parentPort!.postMessage(tally);
