/**
 * `npm run bench:export`: renders a ~100-page compte-rendu in every export format and
 * reports the time per format (median of the timed runs, after one warm-up run that
 * also launches Chromium for the PDF), the file size and the PDF's page count; then the
 * relay's fan-out latency while the real server exports that document, against the same
 * fan-out alone (E1: target p99 within 1.2×), as the median and range of the rounds'
 * ratios. BENCH_EXPORT_ONLY=formats or fanout runs one part; BENCH_EXPORT_ROUNDS (3) sets
 * the fan-out rounds, BENCH_EXPORT_LOADS the exports running meanwhile
 * (`docx:1,odt:1,pdf:1,docx:4`: format and how many at a time).
 */
import { EXPORT_FORMATS, isExportFormat } from '../../shared/export/exportFormats';
import { createPdfPrinter } from '../../server/src/export/renderPdf';
import { renderExportFile } from '../../server/src/export/renderExportFile';
import { fullConfig } from '../benchConfig';
import { killAllChildServers } from '../targets/childServer';
import { type ExportLoad, runFanOutDuringExport } from './fanOutDuringExport';
import { longMinutes } from './longMinutes';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildServers();
    process.exit(130);
  });
}

// 26 copies print to about 100 A4 pages (the report gives the exact count).
const COPIES = 26;
const TIMED_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 5);
const ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 3);
const ONLY = process.env.BENCH_EXPORT_ONLY;
/** By default one large DOCX, ODT then PDF export at a time, then four DOCX at once (the line holds eight). */
const LOADS: ExportLoad[] = (process.env.BENCH_EXPORT_LOADS ?? 'docx:1,odt:1,pdf:1,docx:4').split(',').map((load) => {
  const [format, concurrent] = load.split(':');
  if (!isExportFormat(format)) throw new Error(`BENCH_EXPORT_LOADS: unknown format in « ${load} »`);
  return { format, concurrent: Number(concurrent ?? 1) };
});

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const ms = (value: number) => `${value.toFixed(0)} ms`;

const sizeOf = (file: Uint8Array | string): number => (typeof file === 'string' ? Buffer.byteLength(file) : file.byteLength);

/** Pages of a Chromium PDF: its page objects are plain (no object streams). */
const pdfPages = (pdf: Uint8Array): number => Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

if (ONLY !== 'fanout') await formatTimings();
if (ONLY !== 'formats') await fanOutDuringExports();

async function formatTimings() {
  const input = longMinutes(COPIES);
  const printer = createPdfPrinter();
  const rows: string[] = [];
  let pages = 0;
  try {
    for (const format of EXPORT_FORMATS) {
      const warmUpStart = performance.now();
      const first = await renderExportFile(format, input, printer);
      const warmUp = performance.now() - warmUpStart;
      if (format === 'pdf' && typeof first !== 'string') pages = pdfPages(first);
      const times: number[] = [];
      for (let run = 0; run < TIMED_RUNS; run++) {
        const start = performance.now();
        await renderExportFile(format, input, printer);
        times.push(performance.now() - start);
      }
      const range = `${ms(Math.min(...times))}–${ms(Math.max(...times))}`;
      rows.push(`| ${format} | ${ms(median(times))} | ${range} | ${ms(warmUp)} | ${(sizeOf(first) / 1024).toFixed(0)} KiB |`);
      console.error(`[bench:export] ${format} done`);
    }
  } finally {
    await printer.close();
  }

  console.log(`Export of a ${pages}-page compte-rendu (${COPIES} copies of the 22 November 2013 minutes), ${TIMED_RUNS} timed runs per format\n`);
  console.log('| format | median | min–max | first run | size |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log('\nFirst run: includes the Chromium launch for pdf, and module warm-up for every format.');
}

async function fanOutDuringExports() {
  // The meeting of `npm run bench`: 1 document × 20 clients, 2 writers × 20 edits/s, 15 s.
  const params = { fanOut: fullConfig.meeting, copies: COPIES, rounds: ROUNDS };
  const rows: string[] = [];
  for (const load of LOADS) {
    const result = await runFanOutDuringExport(load, params, (line) => console.error(`[bench:export] ${line}`));
    const { alone, exporting } = result;
    const latencies = (summary: typeof alone) => `${summary.p50.toFixed(2)} / ${summary.p99.toFixed(2)} ms`;
    const ratios = result.p99Ratios;
    rows.push(
      `| ${load.format} × ${load.concurrent} | **${median(ratios).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${latencies(alone)} | ${latencies(exporting)} | ${(exporting.p50 / alone.p50).toFixed(2)}× / ${(exporting.p99 / alone.p99).toFixed(2)}× | ${result.exports} (${ms(result.exportMedianMs)}) | ${result.refused} | ${result.failed} |`,
    );
  }
  console.log(`\nRelay fan-out (1 document × 20 clients, 2 writers × 20 edits/s, 15 s) alone and while the server exports the ${COPIES}-copy compte-rendu over and over, ${ROUNDS} rounds each, alternating\n`);
  console.log('| exports | p99 ratio per round: median (min–max) | alone p50 / p99 | exporting p50 / p99 | all rounds: ratio p50 / p99 | exports served (median) | refused (503) | failed |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}
