import type { AnnexListResponse, AnnexSummary, AnnexUploadResponse } from '../../../shared/api/annexes';
import { getJson } from '../../api/http';
import { uploadForm, type UploadProgress } from '../../api/uploadForm';

/** One attached file as the server knows it: the bytes stay on the server, never in the document (M12). */
export type AnnexFile = AnnexUploadResponse & Partial<Pick<AnnexSummary, 'mediaType' | 'uploadedAt'>>;

const annexesPath = (documentId: string): string => `/api/minutes/${encodeURIComponent(documentId)}/annexes`;

/** Where a file is downloaded from: the server answers it as an attachment. */
export const annexFilePath = (documentId: string, annexId: string): string => `${annexesPath(documentId)}/${encodeURIComponent(annexId)}`;

/**
 * `POST /api/minutes/:id/annexes` (multipart, field `file`), with the upload's progress; the
 * same `idempotencyKey` again (the same file sent again after a failure) stores it once (A17).
 */
export function uploadAnnexFile(
  documentId: string,
  file: File,
  idempotencyKey: string,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<AnnexFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm<AnnexUploadResponse>(annexesPath(documentId), form, onProgress, signal, { 'Idempotency-Key': idempotencyKey });
}

/** `GET /api/minutes/:id/annexes`: the compte-rendu's files, oldest first. */
export async function listAnnexFiles(documentId: string, signal?: AbortSignal): Promise<AnnexFile[]> {
  return (await getJson<AnnexListResponse>(annexesPath(documentId), signal)).annexes;
}
