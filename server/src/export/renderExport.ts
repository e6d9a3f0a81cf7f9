import type { MinutesMeta } from '../../../shared/model/meta';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import type { PlanStore } from '../storage/planStore';
import type { ReviewStore } from '../storage/reviewStore';
import type { ExportJob } from './exportJob';
import type { ExportPool } from './exportPool';
import { loadExportJob } from './loadExportJob';
import { type PdfPrinter, PdfUnavailableError } from './renderPdf';

export type ExportOutcome =
  | { ok: true; file: Uint8Array; meta: MinutesMeta }
  | { ok: false; reason: 'not_found' | 'unreadable' | 'pdf_unavailable' | 'failed'; message: string };

/**
 * One export, off the event loop (E1): the stored bytes are read here, the document built
 * and rendered by a worker of `pool`, and a PDF printed by the server's Chromium, driven
 * from a print process. The event loop only moves bytes. `unreadable`: the document does not load or
 * its body does not fit the schema (M2).
 */
export async function renderExport(
  deps: { documents: DocumentStore; plans: PlanStore; review: ReviewStore; pdf: PdfPrinter },
  pool: ExportPool,
  record: DocumentRecord,
  request: Pick<ExportJob, 'format' | 'profile' | 'drops' | 'comments'>,
): Promise<ExportOutcome> {
  const job = await loadExportJob(deps, record, request);
  if (!job) return { ok: false, reason: 'not_found', message: 'no stored state' };
  const reply = await pool.render(job);
  if (!reply.ok || request.format !== 'pdf') return reply;
  try {
    // For a PDF the worker rendered the HTML page that Chromium prints.
    return { ...reply, file: await deps.pdf.print(reply.file) };
  } catch (error) {
    const reason = error instanceof PdfUnavailableError ? 'pdf_unavailable' : 'failed';
    return { ok: false, reason, message: (error as Error).message };
  }
}
