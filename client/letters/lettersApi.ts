import type {
  LetterCreated,
  LetterFormat,
  LetterSummary,
  LetterTemplate,
  LetterUpdate,
  LetterView,
} from '../../shared/api/letters';
import type { SendingFormat } from '../../shared/api/sending';
import { fileNameOf, saveFile } from '../api/exportApi';
import { deleteJson, errorFromResponse, getJson, postJson, putJson } from '../api/http';

const minutesLettersPath = (minutesId: string) => `/api/minutes/${encodeURIComponent(minutesId)}/letters`;
export const letterApiPath = (letterId: string) => `/api/letters/${encodeURIComponent(letterId)}`;
const TEMPLATE_PATH = '/api/settings/letter-template';

/**
 * Starts a letter from the collective's template; 409 while the compte-rendu is not validated (L2).
 * The same `idempotencyKey` again (a retry after a lost answer) creates one letter.
 */
export const createLetter = (minutesId: string, idempotencyKey: string): Promise<LetterCreated> =>
  postJson<LetterCreated>(minutesLettersPath(minutesId), {}, { headers: { 'Idempotency-Key': idempotencyKey } });

/** The letters of a compte-rendu, newest first. */
export const listLetters = async (minutesId: string, signal?: AbortSignal): Promise<LetterSummary[]> =>
  (await getJson<{ letters: LetterSummary[] }>(minutesLettersPath(minutesId), signal)).letters;

export const getLetter = (letterId: string, signal?: AbortSignal): Promise<LetterView> => getJson<LetterView>(letterApiPath(letterId), signal);

/** Replaces the fields; 409 `stale` when someone saved since `revision` was read. */
export const saveLetter = (letterId: string, update: LetterUpdate): Promise<LetterView> => putJson<LetterView>(letterApiPath(letterId), update);

export const getLetterTemplate = (signal?: AbortSignal): Promise<LetterTemplate> => getJson<LetterTemplate>(TEMPLATE_PATH, signal);

export const saveLetterTemplate = (template: LetterTemplate): Promise<LetterTemplate> => putJson<LetterTemplate>(TEMPLATE_PATH, template);

/** The files a letter page offers: the letter alone, or the « envoi » ZIP with the compte-rendu. */
export type LetterDownload = { kind: 'letter'; format: LetterFormat } | { kind: 'envoi'; format: SendingFormat };

export function letterDownloadUrl(letterId: string, download: LetterDownload): string {
  if (download.kind === 'letter') return `${letterApiPath(letterId)}/export?format=${download.format}`;
  return `${letterApiPath(letterId)}/envoi?format=${download.format}&profile=external`;
}

/** Downloads under the server's file name (« Lettre d’envoi - 2015-04-21.pdf »). */
export async function downloadLetter(letterId: string, download: LetterDownload): Promise<void> {
  let response: Response;
  try {
    response = await fetch(letterDownloadUrl(letterId, download));
  } catch {
    throw new Error('Impossible de joindre le serveur. Vérifiez votre connexion.');
  }
  if (!response.ok) throw await errorFromResponse(response);
  const fallback = download.kind === 'letter' ? `Lettre d’envoi.${download.format}` : 'Envoi.zip';
  saveFile(await response.blob(), fileNameOf(response, fallback));
}

/** Deletes the letter, its body and its fields (L5): writers only. */
export const deleteLetter = (letterId: string): Promise<void> => deleteJson<void>(letterApiPath(letterId));
