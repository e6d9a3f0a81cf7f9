import type { Context } from 'hono';
import type { DocumentRecord, DocumentStore } from '../storage/documentStore';
import { type AnnexRecord, type AnnexStore, annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import { contentDisposition } from '../export/contentDisposition';
import type { Logger } from '../log';
import { extensionsOfMediaType } from './annexTypes';
import { bundleNames } from './bundleNames';
import { storedAnnexReferences } from './storedAnnexReferences';
import { type BundleFile, zipBundle } from './zipBundle';

/** `format=zip` of the export route: the compte-rendu in the `inner` format, plus its file annexes (N6). */
export const BUNDLE_FORMAT = 'zip';
/** DOCX opens everywhere the bundle goes and needs no Chromium. */
export const DEFAULT_BUNDLE_INNER = 'docx';
export const EXTERNAL_BUNDLE =
  'La version externe ne comprend jamais les annexes : le paquet ZIP n’existe que pour la version interne (profil « internal »).';

/**
 * The bundle's answer: the exported compte-rendu, then each file annex of its body in
 * document order, named « Annexe N - … » with N its number among all the body's annexes.
 * A reference to a file that is no longer stored is left out (and logged).
 */
export async function annexBundleResponse(
  c: Context,
  deps: { documents: DocumentStore; annexes: AnnexStore; blobs: BlobStore },
  logger: Logger,
  record: DocumentRecord,
  minutes: { fileName: string; file: Uint8Array | string },
): Promise<Response | undefined> {
  const references = await storedAnnexReferences(deps.documents, record.id);
  if (!references) return undefined;
  const annexes: Array<{ number: number; label: string; annex: AnnexRecord }> = [];
  for (const reference of references) {
    if (reference.kind !== 'file') continue;
    const annex = await deps.annexes.get(record.id, reference.annexId);
    if (annex) annexes.push({ number: reference.number, label: reference.label, annex });
    else logger.warn('api.bundle_annex_missing', { doc: record.id, annex: reference.annexId.slice(0, 40) });
  }
  const names = bundleNames(
    minutes.fileName,
    annexes.map(({ number, label, annex }) => ({ number, label, name: annex.name, extensions: extensionsOfMediaType(annex.mediaType) })),
  );
  const bytes = typeof minutes.file === 'string' ? new TextEncoder().encode(minutes.file) : minutes.file;
  const files: BundleFile[] = [
    { name: minutes.fileName, open: async () => bytes },
    ...annexes.map(({ annex }, i) => ({ name: names[i] as string, open: () => deps.blobs.stream(annexBlobKey(annex)) })),
  ];
  const stream = zipBundle(files, (error) => logger.error('api.bundle_failed', { doc: record.id, reason: error.message }));
  const zipName = `${minutes.fileName.replace(/\.[a-z]+$/, '')}.zip`;
  return c.body(stream, 200, {
    'content-type': 'application/zip',
    'content-disposition': contentDisposition(zipName),
    'cache-control': 'private, no-store',
  });
}
