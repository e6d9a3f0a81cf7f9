import type { ImportReport } from '../../shared/import/importReport';
import { uploadForm, type UploadProgress } from './uploadForm';

/** `POST /api/minutes/import`: the new compte-rendu and what the import recognised in the file. */
export interface ImportResponse {
  id: string;
  report: ImportReport;
}

/** The files the import understands, for the file picker. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function importMinutes(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadForm<ImportResponse>('/api/minutes/import', form, onProgress, signal);
}
