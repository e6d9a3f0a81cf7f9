/**
 * `npm run bench:export`: renders a ~100-page compte-rendu in every export format and
 * reports the time per format (median of the timed runs, after one warm-up run that
 * also launches Chromium for the PDF), the file size and the PDF's page count.
 */
import { EXPORT_FORMATS } from '../../shared/export/exportFormats';
import { createPdfPrinter } from '../../server/src/export/renderPdf';
import { renderExportFile } from '../../server/src/export/renderExportFile';
import { longMinutes } from './longMinutes';

// 26 copies print to about 100 A4 pages (the report gives the exact count).
const COPIES = 26;
const TIMED_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 5);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const ms = (value: number) => `${value.toFixed(0)} ms`;

const sizeOf = (file: Uint8Array | string): number => (typeof file === 'string' ? Buffer.byteLength(file) : file.byteLength);

/** Pages of a Chromium PDF: its page objects are plain (no object streams). */
const pdfPages = (pdf: Uint8Array): number => Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

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
