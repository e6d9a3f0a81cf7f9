import type { ImportReport } from '../../shared/import/importReport';
import { uploadForm, type UploadProgress } from './uploadForm';

/** `POST /api/minutes/import`: the new compte-rendu and what the import recognised in the file. */
export interface ImportResponse {
  id: string;
  report: ImportReport;
}

/** The files the import understands, for the file picker. */
export const IMPORT_ACCEPT = [
  '.txt', '.md', '.markdown', '.docx', '.odt', '.html', '.htm', 'text/plain', 'text/markdown', 'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text',
].join(',');

/** `idempotencyKey`: the same for a retry of the same file, so that it is imported once. */
export function importMinutes(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
  idempotencyKey?: string,
): Promise<ImportResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm<ImportResponse>('/api/minutes/import', form, onProgress, signal, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {});
}
