import { Hono } from 'hono';
import type { AnnexListResponse, AnnexSummary, AnnexUploadResponse } from '../../../shared/api/annexes';
import { ANNEX_TYPES } from '../annexes/annexTypes';
import { asWebStream } from '../annexes/asWebStream';
import { safeAnnexName } from '../annexes/safeAnnexName';
import { sha256InSlices } from '../annexes/sha256InSlices';
import { sniffAnnexType } from '../annexes/sniffAnnexType';
import { MULTIPART_SLACK, boundaryOf, readMultipartFile } from '../annexes/readMultipartFile';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { newId } from '../auth/secrets';
import { contentDisposition } from '../export/contentDisposition';
import type { Logger } from '../log';
import { type AnnexRecord, type AnnexStore, annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';
import type { ExportSettingsStore } from '../storage/exportSettingsStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';
import { idempotent } from './idempotency';

export interface AnnexDeps extends AuthDeps {
  annexes: AnnexStore;
  blobs: BlobStore;
  exportSettings: ExportSettingsStore;
  idempotency: IdempotencyStore;
}

/** The upload route, which sets its own body limit instead of the API's 1 Mo for JSON. */
export const isAnnexUploadPath = (path: string): boolean => /^\/api\/minutes\/[^/]+\/annexes\/?$/.test(path);

const UNSUPPORTED = 'Type de fichier non accepté : seuls les PDF, ODT, DOCX et images sont acceptés.';
const SUSPICIOUS_ARCHIVE =
  'Fichier refusé : une fois décompressé, son contenu serait démesuré par rapport à sa taille (archive piégée ?).';
const FROZEN = 'Ce compte-rendu est validé : ses annexes sont figées avec lui. Rouvrez-le d’abord pour en ajouter ou en retirer.';
const NOT_WRITER = 'Seuls le secrétariat et la coordination du collectif ajoutent ou retirent des annexes.';
const NO_ANNEX = 'Cette annexe n’existe pas.';
const EXTERNAL_ONLY =
  'Les lecteurs de ce collectif ne reçoivent que la version externe de ce compte-rendu, qui ne comprend pas les annexes.';

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const tooLarge = (maxBytes: number) =>
  `Le fichier dépasse la taille maximale d’une annexe : ${megabytes.format(maxBytes / (1024 * 1024))} Mo.`;

const summaryOf = (annex: AnnexRecord): AnnexSummary => ({
  id: annex.id,
  name: annex.name,
  size: annex.size,
  sha256: annex.sha256,
  mediaType: annex.mediaType,
  uploadedAt: annex.uploadedAt,
});

/**
 * `/api/minutes/:id/annexes`: the files annexed to a compte-rendu (SPEC N1–N5). The
 * secretariat and the coordination of its collective add and remove them while it is not
 * validated; whoever may read the compte-rendu lists and downloads them, as attachments only.
 */
export function annexRoutes(deps: AnnexDeps, options: { maxBytes: number }, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/', async (c) => {
    const guarded = await guardDocument(c, deps, 'reader');
    if (!guarded.ok) return guarded.response;
    const { record } = guarded.doc;
    const annexes = await deps.annexes.list(record.id);
    return c.json<AnnexListResponse>({
      annexes: annexes.map(summaryOf),
      validated: record.status === 'validated' ? (record.validation?.annexes ?? []) : null,
    });
  });

  routes.post('/', idempotent(deps.idempotency, 'minutes.annexes'), async (c) => {
    const guarded = await guardDocument(c, deps, 'secretariat', NOT_WRITER);
    if (!guarded.ok) return guarded.response;
    const { record } = guarded.doc;
    if (record.status === 'validated') return apiError(c, 409, 'validated', FROZEN);
    const boundary = boundaryOf(c.req.header('content-type'));
    if (!boundary) return apiError(c, 400, 'invalid_body', 'Envoyez le fichier en multipart/form-data, dans le champ « file ».');
    // Refused before a byte is read when the size is announced; counted as it arrives otherwise.
    if (Number(c.req.header('content-length')) > options.maxBytes + MULTIPART_SLACK) {
      return apiError(c, 413, 'file_too_large', tooLarge(options.maxBytes));
    }
    const upload = await readMultipartFile(c.req.raw.body, boundary, 'file', options.maxBytes);
    if (!upload.ok) {
      switch (upload.reason) {
        case 'too_large':
          return apiError(c, 413, 'file_too_large', tooLarge(options.maxBytes));
        case 'missing_file':
          return apiError(c, 400, 'missing_file', 'Aucun fichier reçu : joignez-le dans le champ « file ».');
        case 'invalid':
          return apiError(c, 400, 'invalid_body', 'Le formulaire envoyé est illisible.');
      }
    }
    const { bytes, fileName } = upload;
    if (bytes.length === 0) return apiError(c, 400, 'empty_file', 'Le fichier est vide.');
    const sniffed = sniffAnnexType(bytes);
    if (!sniffed.ok) {
      return sniffed.reason === 'bomb'
        ? apiError(c, 415, 'suspicious_archive', SUSPICIOUS_ARCHIVE)
        : apiError(c, 415, 'unsupported_type', UNSUPPORTED);
    }
    const type = ANNEX_TYPES[sniffed.type];
    const { user } = principalOf(c);
    const annex: AnnexRecord = {
      id: newId(),
      documentId: record.id,
      name: safeAnnexName(fileName, type.extensions),
      mediaType: type.mediaType,
      size: bytes.length,
      sha256: await sha256InSlices(bytes),
      uploadedBy: user.id,
      uploadedAt: new Date().toISOString(),
    };
    await deps.blobs.put(annexBlobKey(annex), bytes);
    await deps.annexes.add(annex);
    // A validation that landed meanwhile froze the annexes without this one (N4).
    if ((await deps.documents.get(record.id))?.status === 'validated') {
      await deps.annexes.remove(record.id, annex.id);
      await deps.blobs.delete(annexBlobKey(annex));
      return apiError(c, 409, 'validated', FROZEN);
    }
    logger.info('api.annex_uploaded', { doc: record.id, annex: annex.id, type: sniffed.type, size: annex.size });
    await recordAudit(c, deps.audit, user, {
      action: 'annex.uploaded',
      target: record.id,
      collectiveId: record.collectiveId,
      details: { title: record.title, annexId: annex.id, name: annex.name, sha256: annex.sha256 },
    });
    return c.json<AnnexUploadResponse>({ id: annex.id, name: annex.name, size: annex.size, sha256: annex.sha256 }, 201);
  });

  routes.get('/:annexId', async (c) => {
    const guarded = await guardDocument(c, deps, 'reader');
    if (!guarded.ok) return guarded.response;
    const { record, role } = guarded.doc;
    // The external version has no annexes: readers held to it get none of their files either (N1).
    if (role === 'reader' && (await deps.exportSettings.get(record.collectiveId)).readersExternalOnly) {
      return apiError(c, 403, 'external_only', EXTERNAL_ONLY);
    }
    const annex = await deps.annexes.get(record.id, c.req.param('annexId'));
    const chunks = annex && (await deps.blobs.stream(annexBlobKey(annex)));
    if (!annex || !chunks) {
      if (annex) logger.error('api.annex_bytes_missing', { doc: annex.documentId, annex: annex.id });
      return apiError(c, 404, 'not_found', NO_ANNEX);
    }
    // Served as a download in a sandbox, with the type sniffed at upload: a hostile PDF or
    // image is never rendered as a page of our origin (N1).
    return c.body(asWebStream(chunks), 200, {
      'content-type': annex.mediaType,
      'content-length': String(annex.size),
      'content-disposition': contentDisposition(annex.name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, no-store',
    });
  });

  routes.delete('/:annexId', async (c) => {
    const guarded = await guardDocument(c, deps, 'secretariat', NOT_WRITER);
    if (!guarded.ok) return guarded.response;
    const { record } = guarded.doc;
    if (record.status === 'validated') return apiError(c, 409, 'validated', FROZEN);
    const annex = await deps.annexes.get(record.id, c.req.param('annexId'));
    if (!annex) return apiError(c, 404, 'not_found', NO_ANNEX);
    await deps.annexes.remove(record.id, annex.id);
    await deps.blobs.delete(annexBlobKey(annex));
    const { user } = principalOf(c);
    await recordAudit(c, deps.audit, user, {
      action: 'annex.deleted',
      target: record.id,
      collectiveId: record.collectiveId,
      details: { title: record.title, annexId: annex.id, name: annex.name, sha256: annex.sha256 },
    });
    return c.json({ ok: true });
  });

  return routes;
}
