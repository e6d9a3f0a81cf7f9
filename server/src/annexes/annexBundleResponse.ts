import type { Context } from 'hono';
import type { ExportFormat } from '../../../shared/export/exportFormats';
import type { AppEnv } from '../api/appEnv';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf } from '../auth/guards';
import type { ExportPool } from '../export/exportPool';
import type { DocumentRecord } from '../storage/documentStore';
import { type AnnexStore, annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import { contentDisposition } from '../export/contentDisposition';
import type { Logger } from '../log';
import { extensionsOfMediaType } from './annexTypes';
import { bundleNames } from './bundleNames';
import { type LinkedMinutesDeps, linkedMinutesFile } from './linkedMinutesFiles';
import { storedAnnexReferences } from './storedAnnexReferences';
import { type BundleFile, zipBundle } from './zipBundle';

/** `format=zip` of the export route: the compte-rendu in the `inner` format, plus its annexes (N6). */
export const BUNDLE_FORMAT = 'zip';
/** DOCX opens everywhere the bundle goes and needs no Chromium. */
export const DEFAULT_BUNDLE_INNER = 'docx';
export const EXTERNAL_BUNDLE =
  'La version externe ne comprend jamais les annexes : le paquet ZIP n’existe que pour la version interne (profil « internal »).';

/**
 * The bundle's answer: the exported compte-rendu, then each annex of its body in document
 * order, named « Annexe N - … » with N its number among all the body's annexes: a file as
 * stored, a linked compte-rendu rendered in the bundle's `format` (`linkedMinutesFile`). A
 * reference to a file no longer stored, or to a compte-rendu the bundle may not carry, is left
 * out (and logged).
 */
export async function annexBundleResponse(
  c: Context<AppEnv>,
  deps: LinkedMinutesDeps & Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'> & { annexes: AnnexStore; blobs: BlobStore },
  pool: ExportPool,
  logger: Logger,
  record: DocumentRecord,
  minutes: { fileName: string; file: Uint8Array; format: ExportFormat },
): Promise<Response | undefined> {
  const references = await storedAnnexReferences(deps.documents, record.id);
  if (!references) return undefined;
  const { user } = principalOf(c);
  const settings = await deps.exportSettings.get(record.collectiveId);
  // A share opens one compte-rendu only: a linked one goes in if its internal version is the caller's to download too.
  const mayInclude = async (linked: DocumentRecord): Promise<boolean> => {
    const { role } = await documentRights(deps, user, linked.id);
    return role !== undefined && !(role === 'reader' && settings.readersExternalOnly);
  };
  const annexes: Array<{ number: number; label: string; name: string; extensions: readonly string[]; open: BundleFile['open'] }> = [];
  for (const reference of references) {
    if (reference.kind === 'minutes') {
      const linked = await linkedMinutesFile(deps, pool, logger, record, reference, minutes.format, mayInclude);
      if (linked) annexes.push({ ...linked, open: async () => linked.content });
      continue;
    }
    const annex = await deps.annexes.get(record.id, reference.annexId);
    if (!annex) {
      logger.warn('api.bundle_annex_missing', { doc: record.id, annex: reference.annexId.slice(0, 40) });
      continue;
    }
    annexes.push({
      number: reference.number,
      label: reference.label,
      name: annex.name,
      extensions: extensionsOfMediaType(annex.mediaType),
      open: () => deps.blobs.stream(annexBlobKey(annex)),
    });
  }
  const names = bundleNames(minutes.fileName, annexes);
  const files: BundleFile[] = [
    { name: minutes.fileName, open: async () => minutes.file },
    ...annexes.map(({ open }, i) => ({ name: names[i] as string, open })),
  ];
  const stream = zipBundle(files, (error) => logger.error('api.bundle_failed', { doc: record.id, reason: error.message }));
  const zipName = `${minutes.fileName.replace(/\.[a-z]+$/, '')}.zip`;
  return c.body(stream, 200, {
    'content-type': 'application/zip',
    'content-disposition': contentDisposition(zipName),
    'cache-control': 'private, no-store',
  });
}
