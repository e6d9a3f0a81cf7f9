import type { LetterFormat } from '../../../shared/api/letters';
import { exportFormats } from '../../../shared/export/exportFormats';
import type { ExportPool } from '../export/exportPool';
import type { PdfPrinter } from '../export/renderPdf';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import type { LetterRecord } from '../storage/letterStore';
import type { PlanStore } from '../storage/planStore';
import { loadLetterJob } from './letterJob';
import { letterFileName, renderLetter } from './renderLetter';

export interface LetterFileDeps {
  documents: DocumentStore;
  plans: PlanStore;
  accounts: Pick<AccountStore, 'getCollective' | 'listAssociations'>;
  pdf: PdfPrinter;
}

export type LetterFileOutcome =
  | { ok: true; name: string; content: Uint8Array; contentType: string }
  | { ok: false; reason: 'not_found' | 'unreadable' | 'failed' | 'pdf_unavailable'; message: string };

/** A letter as the file its download, its « envoi » bundle and a sending carry, under one name (L7, L8). */
export async function letterFile(deps: LetterFileDeps, pool: ExportPool, letter: LetterRecord, format: LetterFormat): Promise<LetterFileOutcome> {
  const job = await loadLetterJob(deps, letter, format);
  if (!job) return { ok: false, reason: 'not_found', message: 'no stored letter body' };
  const rendered = await renderLetter(pool, deps.pdf, job);
  if (!rendered.ok) return rendered;
  return { ok: true, name: letterFileName(letter.fields, format), content: rendered.file, contentType: exportFormats[format].contentType };
}
