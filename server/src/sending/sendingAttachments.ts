import { createHash } from 'node:crypto';
import type { SendingChoice, SentFile } from '../../../shared/api/sending';
import { exportFormats } from '../../../shared/export/exportFormats';
import { exportDrops } from '../../../shared/export/exportProfile';
import { exportFileName } from '../../../shared/export/fileName';
import type { MinutesMeta } from '../../../shared/model/meta';
import { extensionsOfMediaType } from '../annexes/annexTypes';
import { bundleNames } from '../annexes/bundleNames';
import { storedAnnexReferences } from '../annexes/storedAnnexReferences';
import type { ExportPool } from '../export/exportPool';
import { renderExport } from '../export/renderExport';
import type { PdfPrinter } from '../export/renderPdf';
import { type AnnexRecord, type AnnexStore, annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import type { ExportSettingsStore } from '../storage/exportSettingsStore';
import type { PlanStore } from '../storage/planStore';
import type { ReviewStore } from '../storage/reviewStore';

/** One file of a sending, with its bytes: what the e-mail carries and the record lists. */
export interface SendingAttachment extends SentFile {
  content: Uint8Array;
  contentType: string;
}

export interface AttachmentDeps {
  documents: DocumentStore;
  plans: PlanStore;
  review: ReviewStore;
  pdf: PdfPrinter;
  exportSettings: ExportSettingsStore;
  annexes: AnnexStore;
  blobs: BlobStore;
}

export type AttachmentsOutcome =
  | { ok: true; meta: MinutesMeta; attachments: SendingAttachment[] }
  | { ok: false; reason: 'not_found' | 'unreadable' | 'pdf_unavailable' | 'failed' | 'too_large'; message: string };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const attachment = (name: string, content: Uint8Array, contentType: string): SendingAttachment => ({
  name,
  size: content.byteLength,
  sha256: sha256(content),
  content,
  contentType,
});

/**
 * The files of a sending, in order (D3): the compte-rendu exported in the chosen format and
 * profile, named as its download is, then, for the internal version with annexes, each file
 * annex named as the ZIP bundle names it (N6). The only place that lists what a sending
 * carries: a cover letter will be added here. Stops as soon as the files outgrow `maxBytes`.
 */
export async function sendingAttachments(
  deps: AttachmentDeps,
  pool: ExportPool,
  record: DocumentRecord,
  choice: Pick<SendingChoice, 'profile' | 'format' | 'withAnnexes'>,
  maxBytes: number,
): Promise<AttachmentsOutcome> {
  const settings = await deps.exportSettings.get(record.collectiveId);
  const drops = exportDrops(choice.profile, settings.profiles[choice.profile], false);
  const outcome = await renderExport(deps, pool, record, { format: choice.format, profile: choice.profile, drops });
  if (!outcome.ok) return outcome;
  const minutesName = exportFileName(outcome.meta, choice.profile, choice.format);
  const bytes = typeof outcome.file === 'string' ? new TextEncoder().encode(outcome.file) : outcome.file;
  const attachments = [attachment(minutesName, bytes, exportFormats[choice.format].contentType)];
  let total = bytes.byteLength;
  if (total > maxBytes) return tooLarge(maxBytes);
  if (choice.profile !== 'internal' || !choice.withAnnexes) return { ok: true, meta: outcome.meta, attachments };

  const references = (await storedAnnexReferences(deps.documents, record.id)) ?? [];
  const annexes: Array<{ number: number; label: string; annex: AnnexRecord }> = [];
  for (const reference of references) {
    if (reference.kind !== 'file') continue;
    const annex = await deps.annexes.get(record.id, reference.annexId);
    if (!annex) continue;
    total += annex.size;
    // Checked on the recorded sizes before any file is read.
    if (total > maxBytes) return tooLarge(maxBytes);
    annexes.push({ number: reference.number, label: reference.label, annex });
  }
  const names = bundleNames(
    minutesName,
    annexes.map(({ number, label, annex }) => ({ number, label, name: annex.name, extensions: extensionsOfMediaType(annex.mediaType) })),
  );
  for (const [i, { annex }] of annexes.entries()) {
    const content = await deps.blobs.get(annexBlobKey(annex));
    if (content) attachments.push(attachment(names[i] as string, content, annex.mediaType));
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
