import { createHash } from 'node:crypto';
import type { SendingChoice, SentFile } from '../../../shared/api/sending';
import { exportFormats } from '../../../shared/export/exportFormats';
import { exportDrops } from '../../../shared/export/exportProfile';
import { exportFileName } from '../../../shared/export/fileName';
import type { MinutesMeta } from '../../../shared/model/meta';
import { extensionsOfMediaType } from '../annexes/annexTypes';
import { bundleNames } from '../annexes/bundleNames';
import { linkedMinutesFile } from '../annexes/linkedMinutesFiles';
import { storedAnnexReferences } from '../annexes/storedAnnexReferences';
import type { ExportPool } from '../export/exportPool';
import { type LetterFileDeps, letterFile } from '../letters/letterFile';
import { renderExport } from '../export/renderExport';
import type { PdfPrinter } from '../export/renderPdf';
import type { Logger } from '../log';
import { type AnnexStore, annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import type { LetterRecord } from '../storage/letterStore';
import type { ExportSettingsStore } from '../storage/exportSettingsStore';
import type { PlanStore } from '../storage/planStore';
import type { ReviewStore } from '../storage/reviewStore';

/** One file of a sending, with its bytes: what the e-mail carries and the record lists. */
export interface SendingAttachment extends SentFile {
  content: Uint8Array;
  contentType: string;
}

export interface AttachmentDeps extends LetterFileDeps {
  documents: DocumentStore;
  plans: PlanStore;
  review: ReviewStore;
  pdf: PdfPrinter;
  exportSettings: ExportSettingsStore;
  annexes: AnnexStore;
  blobs: BlobStore;
  /** Where a linked compte-rendu left out is reported (N6). */
  logger: Logger;
}

export type AttachmentsOutcome =
  | { ok: true; meta: MinutesMeta; attachments: SendingAttachment[] }
  | { ok: false; reason: 'not_found' | 'unreadable' | 'pdf_unavailable' | 'failed' | 'too_large'; message: string };

/** An annex as a sending carries it: named by `bundleNames`, its bytes read once the sizes fit. */
interface AnnexAttachment {
  number: number;
  label: string;
  name: string;
  extensions: readonly string[];
  contentType: string;
  read: () => Promise<Uint8Array | undefined>;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const attachment = (name: string, content: Uint8Array, contentType: string): SendingAttachment => ({
  name,
  size: content.byteLength,
  sha256: sha256(content),
  content,
  contentType,
});

/**
 * The files of a sending, in order (D3): the cover letter `letter` if one is chosen, in the
 * sending's format (L8); the compte-rendu exported in the chosen format and profile, named as
 * its download is; then, for the internal version with annexes, each annex in document order,
 * named as the ZIP bundle names it (N6): a file byte for byte, a linked compte-rendu rendered in
 * the sending's format (`linkedMinutesFile`). The only place that lists what a sending (and a
 * letter's « envoi » bundle) carries. Stops as soon as the files outgrow `maxBytes`.
 */
export async function sendingAttachments(
  deps: AttachmentDeps,
  pool: ExportPool,
  record: DocumentRecord,
  choice: Pick<SendingChoice, 'profile' | 'format' | 'withAnnexes'>,
  maxBytes: number,
  letter?: LetterRecord,
): Promise<AttachmentsOutcome> {
  const attachments: SendingAttachment[] = [];
  if (letter) {
    const rendered = await letterFile(deps, pool, letter, choice.format);
    if (!rendered.ok) return rendered;
    attachments.push(attachment(rendered.name, rendered.content, rendered.contentType));
  }
  const settings = await deps.exportSettings.get(record.collectiveId);
  const drops = exportDrops(choice.profile, settings.profiles[choice.profile], false);
  const outcome = await renderExport(deps, pool, record, { format: choice.format, profile: choice.profile, drops });
  if (!outcome.ok) return outcome;
  const minutesName = exportFileName(outcome.meta, choice.profile, choice.format);
  attachments.push(attachment(minutesName, outcome.file, exportFormats[choice.format].contentType));
  let total = attachments.reduce((sum, file) => sum + file.size, 0);
  if (total > maxBytes) return tooLarge(maxBytes);
  if (choice.profile !== 'internal' || !choice.withAnnexes) return { ok: true, meta: outcome.meta, attachments };

  const references = (await storedAnnexReferences(deps.documents, record.id)) ?? [];
  const annexes: AnnexAttachment[] = [];
  for (const reference of references) {
    if (reference.kind === 'minutes') {
      const linked = await linkedMinutesFile(deps, pool, deps.logger, record, reference, choice.format);
      if (!linked) continue;
      total += linked.content.byteLength;
      if (total > maxBytes) return tooLarge(maxBytes);
      annexes.push({ ...linked, read: async () => linked.content });
      continue;
    }
    const annex = await deps.annexes.get(record.id, reference.annexId);
    if (!annex) continue;
    total += annex.size;
    // Checked on the recorded sizes before any file is read.
    if (total > maxBytes) return tooLarge(maxBytes);
    annexes.push({
      number: reference.number,
      label: reference.label,
      name: annex.name,
      extensions: extensionsOfMediaType(annex.mediaType),
      contentType: annex.mediaType,
      read: () => deps.blobs.get(annexBlobKey(annex)),
    });
  }
  const names = bundleNames(minutesName, annexes);
  for (const [i, annex] of annexes.entries()) {
    const content = await annex.read();
    if (content) attachments.push(attachment(names[i] as string, content, annex.contentType));
  }
  return { ok: true, meta: outcome.meta, attachments };
}

function tooLarge(maxBytes: number): AttachmentsOutcome {
  const megabytes = Math.floor(maxBytes / (1024 * 1024));
  return {
    ok: false,
    reason: 'too_large',
    message: `Les pièces jointes dépassent ${megabytes} Mo, ce que la plupart des messageries refusent : envoyez le compte-rendu sans les annexes.`,
  };
}
