import type { LetterFields, LetterFormat } from '../../../shared/api/letters';
import { exportFormats } from '../../../shared/export/exportFormats';
import { LETTER_TITLE } from '../../../shared/letters/buildLetterExportModel';
import type { LetterExportJob } from '../export/exportJob';
import type { ExportPool } from '../export/exportPool';
import { type PdfPrinter, PdfUnavailableError } from '../export/renderPdf';

export type LetterOutcome =
  | { ok: true; file: Uint8Array }
  | { ok: false; reason: 'unreadable' | 'failed' | 'pdf_unavailable'; message: string };

/**
 * One letter as a file, off the event loop (E1): built and rendered by a worker of `pool`,
 * and for PDF printed by the server's Chromium from the HTML page the worker wrote.
 * `unreadable`: the body does not load or does not fit the schema (M2).
 */
export async function renderLetter(pool: ExportPool, pdf: PdfPrinter, job: LetterExportJob): Promise<LetterOutcome> {
  const reply = await pool.render(job);
  if (!reply.ok) return reply;
  if (job.format !== 'pdf') return { ok: true, file: reply.file };
  try {
    return { ok: true, file: await pdf.print(reply.file) };
  } catch (error) {
    const reason = error instanceof PdfUnavailableError ? 'pdf_unavailable' : 'failed';
    return { ok: false, reason, message: (error as Error).message };
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * « Lettre d’envoi - 2015-04-21.pdf », « Lettre d’envoi.odt » while the letter has no date:
 * only a date as the fields' schema writes it goes in, so the name holds nothing a file system
 * or a `Content-Disposition` header (contentDisposition) could not carry.
 */
export function letterFileName({ date }: Pick<LetterFields, 'date'>, format: LetterFormat): string {
  return `${LETTER_TITLE}${ISO_DAY.test(date) ? ` - ${date}` : ''}.${exportFormats[format].extension}`;
}
