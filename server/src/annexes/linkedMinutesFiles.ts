import type { AnnexReference } from '../../../shared/export/annexReferences';
import { type ExportFormat, exportFormats } from '../../../shared/export/exportFormats';
import { exportDrops } from '../../../shared/export/exportProfile';
import type { ExportPool } from '../export/exportPool';
import { renderExport } from '../export/renderExport';
import type { PdfPrinter } from '../export/renderPdf';
import type { Logger } from '../log';
import { isDocumentId } from '../storage/documentId';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import type { ExportSettingsStore } from '../storage/exportSettingsStore';
import type { PlanStore } from '../storage/planStore';
import type { ReviewStore } from '../storage/reviewStore';

export interface LinkedMinutesDeps {
  documents: DocumentStore;
  plans: PlanStore;
  review: ReviewStore;
  pdf: PdfPrinter;
  exportSettings: ExportSettingsStore;
}

/** A compte-rendu annexed by link, rendered for a bundle, with what `bundleNames` needs to name it. */
export interface LinkedMinutesFile {
  number: number;
  label: string;
  /** The name used when the annex has no label: the linked compte-rendu's title. */
  name: string;
  extensions: readonly string[];
  content: Uint8Array;
  contentType: string;
}

/**
 * The linked compte-rendu an `annex` node of kind `minutes` points at, exported in `format`
 * with the internal profile and the collective's settings for it, never the comments: what the
 * ZIP bundle (N6) and a sending (D3) both carry, built here only so the two cannot differ.
 * Undefined, and logged, when it is left out: gone, a letter's body, another collective's, one
 * `mayInclude` refuses, or one that does not render. Its own annexes are never followed.
 */
export async function linkedMinutesFile(
  deps: LinkedMinutesDeps,
  pool: ExportPool,
  logger: Logger,
  bundled: DocumentRecord,
  reference: AnnexReference,
  format: ExportFormat,
  mayInclude: (linked: DocumentRecord) => Promise<boolean> = async () => true,
): Promise<LinkedMinutesFile | undefined> {
  const leftOut = (reason: string) => {
    logger.warn('bundle.linked_minutes_left_out', { doc: bundled.id, linked: reference.documentId.slice(0, 40), reason });
    return undefined;
  };
  const linked = isDocumentId(reference.documentId) ? await deps.documents.get(reference.documentId) : undefined;
  if (!linked) return leftOut('missing');
  if (linked.kind === 'letter') return leftOut('letter');
  if (linked.collectiveId !== bundled.collectiveId) return leftOut('other_collective');
  if (!(await mayInclude(linked))) return leftOut('not_readable');

  const settings = await deps.exportSettings.get(linked.collectiveId);
  const drops = exportDrops('internal', settings.profiles.internal, false);
  const outcome = await renderExport(deps, pool, linked, { format, profile: 'internal', drops });
  if (!outcome.ok) {
    logger.error('bundle.linked_minutes_failed', { doc: bundled.id, linked: linked.id, reason: outcome.message });
    return undefined;
  }
  const { extension, contentType } = exportFormats[format];
  return {
    number: reference.number,
    label: reference.label,
    // A title is no path: a « / » in it must not cut the name.
    name: `${linked.title.replace(/[/\\]/g, '-')}.${extension}`,
    extensions: [extension],
    content: outcome.file,
    contentType,
  };
}
