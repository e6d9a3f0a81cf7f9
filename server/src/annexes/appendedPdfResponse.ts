import type { Context } from 'hono';
import { apiError } from '../api/apiError';
import { contentDisposition } from '../export/contentDisposition';
import type { Logger } from '../log';
import type { AnnexStore } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { appendPdfAnnexes } from './appendPdfAnnexes';
import { QPDF_PATH, qpdfAvailable } from './runQpdf';

/** `appendAnnexes=1` of the export route (N8): only with `format=pdf`, only for the internal version. */
export const APPEND_ANNEXES_VALUES: readonly string[] = ['1', '0'];
export const EXTERNAL_APPENDED_ANNEXES =
  'La version externe ne comprend jamais les annexes : « appendAnnexes » n’existe que pour la version interne (profil « internal »).';
export const APPEND_ANNEXES_PDF_ONLY = 'Seul l’export PDF peut joindre les annexes à la fin (« format=pdf ») ; pour les autres formats, choisissez le paquet ZIP.';

/** Which annexes, by number, the answer appended or left out (N8): « 1, 3 », empty when none. */
const numbers = (list: number[]): string => list.join(', ');

/** Hono sends bytes on an ArrayBuffer: a view when they are (no copy of a large file), else one copy. */
const sendable = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);

/**
 * The answer of a PDF export with its PDF annexes appended: the merged file, and in
 * `X-Annexes-Appended`, `X-Annexes-Not-Pdf` and `X-Annexes-Left-Out` the numbers of the
 * annexes appended, not PDF, and PDF but left out (N8).
 */
export async function appendedPdfResponse(
  c: Context,
  deps: { documents: DocumentStore; annexes: AnnexStore; blobs: BlobStore },
  logger: Logger,
  record: DocumentRecord,
  minutes: { fileName: string; pdf: Uint8Array },
): Promise<Response> {
  if (!qpdfAvailable()) {
    return apiError(
      c,
      503,
      'annexes_unavailable',
      `Joindre les annexes PDF demande qpdf, absent de ce serveur (${QPDF_PATH}). Installez-le avec « apt-get install -y qpdf », ou téléchargez le paquet ZIP.`,
    );
  }
  let outcome: Awaited<ReturnType<typeof appendPdfAnnexes>>;
  try {
    outcome = await appendPdfAnnexes(deps, logger, record, minutes.pdf);
  } catch (error) {
    logger.error('api.pdf_annexes_failed', { doc: record.id, reason: (error as Error).message.slice(0, 500) });
    return apiError(c, 500, 'annexes_failed', 'Les annexes PDF n’ont pas pu être jointes au compte-rendu. Réessayez, ou téléchargez le paquet ZIP.');
  }
  if (!outcome) return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
  return c.body(sendable(outcome.pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': contentDisposition(minutes.fileName),
    'cache-control': 'private, no-store',
    'x-annexes-appended': numbers(outcome.appended),
    'x-annexes-not-pdf': numbers(outcome.notPdf),
    'x-annexes-left-out': numbers(outcome.leftOut),
  });
}
