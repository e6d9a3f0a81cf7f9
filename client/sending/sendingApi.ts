import type { SendingChoice, SendingPreview, SendingRequest, SendingsResponse, SendingView } from '../../shared/api/sending';
import { fileNameOf, saveFile } from '../api/exportApi';
import { errorFromResponse, getJson, postJson } from '../api/http';

export const sendingsPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}/sendings`;

/** The sendings of a compte-rendu, oldest first (D6). */
export const listSendings = async (documentId: string, signal?: AbortSignal): Promise<SendingView[]> =>
  (await getJson<SendingsResponse>(sendingsPath(documentId), signal)).sendings;

/** The preview's query: the sending's fields, `recipients` as JSON (D1). */
export function previewQuery(choice: SendingChoice): string {
  const params = new URLSearchParams({
    channel: choice.channel,
    recipients: JSON.stringify(choice.recipients),
    addressee: choice.addressee,
    profile: choice.profile,
    format: choice.format,
  });
  if (choice.withAnnexes !== undefined) params.set('withAnnexes', String(choice.withAnnexes));
  if (choice.message) params.set('message', choice.message);
  if (choice.letterId) params.set('letterId', choice.letterId);
  return params.toString();
}

/** Exactly what « Envoyer » would send: recipients, message and files with their sizes. */
export const previewSending = (documentId: string, choice: SendingChoice, signal?: AbortSignal): Promise<SendingPreview> =>
  getJson<SendingPreview>(`${sendingsPath(documentId)}/preview?${previewQuery(choice)}`, signal);

/** Sends or records; the same `idempotencyKey` again (a double click, a retry) sends once (A17). */
export const sendMinutes = (documentId: string, request: SendingRequest, idempotencyKey: string): Promise<SendingView> =>
  postJson<SendingView>(sendingsPath(documentId), request, { headers: { 'Idempotency-Key': idempotencyKey } });

/** Saves the files of an `outside` sending as recorded, byte for byte (D5). */
export async function downloadSending(documentId: string, sending: SendingView): Promise<void> {
  const response = await fetch(`${sendingsPath(documentId)}/${encodeURIComponent(sending.id)}/download`);
  if (!response.ok) throw await errorFromResponse(response);
  saveFile(await response.blob(), fileNameOf(response, sending.files[0]?.name ?? 'compte-rendu'));
}
