import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's qpdf (`scripts/ensureOfficeTools.mjs` installs it). */
export const QPDF_PATH = '/usr/bin/qpdf';

/** One qpdf run on uploaded PDFs may take this long before it is killed. */
const TIMEOUT_MS = 30_000;
/** Address space of one qpdf run: a hostile PDF (a compressed object stream bomb) cannot take the machine's memory. */
const MEMORY_KIB = 1024 * 1024;
/** What qpdf may print: the JSON we ask for stays far below; more means something is wrong. */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

export const qpdfAvailable = (): boolean => existsSync(QPDF_PATH);

export type QpdfResult = { ok: true; stdout: string } | { ok: false; message: string };

/**
 * Runs qpdf with `args` in a child process of its own, never in the server process: uploaded
 * PDFs are hostile input. Each run has a timeout, bounded output and memory, and the lowest
 * CPU priority (like every export, E1). Exit code 3 is qpdf's « succeeded with warnings ».
 * The arguments reach qpdf as they are (`"$@"`): no shell ever reads them.
 */
export function runQpdf(args: string[]): Promise<QpdfResult> {
  const script = `ulimit -v ${MEMORY_KIB} && exec nice -n 19 "$0" "$@"`;
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', script, QPDF_PATH, ...args],
      { timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : undefined) : 0;
        if (code === 0 || code === 3) resolve({ ok: true, stdout });
        else resolve({ ok: false, message: `${error?.message ?? 'qpdf failed'} ${stderr.slice(0, 300)}`.trim() });
      },
    );
  });
}
