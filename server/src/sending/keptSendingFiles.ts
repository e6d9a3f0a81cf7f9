import type { SentFile } from '../../../shared/api/sending';
import type { BlobStore } from '../storage/blobStore';
import type { SendingRecord, SendingStore } from '../storage/sendingStore';

/**
 * Where the bytes of a sending handed over outside Minutier are kept (D5): beside the document's
 * annexes, so that what the coordination downloads is exactly what the record's hashes name,
 * even from an export whose writer stamps the time.
 */
export const sendingFileKey = (sending: Pick<SendingRecord, 'documentId' | 'id'>, index: number): string =>
  `${sending.documentId}/sending-${sending.id}-${index}`;

/** Keeps each file's bytes; durable once the promise resolves. */
export async function keepSendingFiles(
  blobs: BlobStore,
  sending: Pick<SendingRecord, 'documentId' | 'id'>,
  files: Array<SentFile & { content: Uint8Array }>,
): Promise<void> {
  for (const [index, file] of files.entries()) await blobs.put(sendingFileKey(sending, index), file.content);
}

/** Deleting a compte-rendu deletes its sendings and their kept files: the files first, as for annexes (N5). */
export async function forgetDocumentSendings(deps: { sendings: SendingStore; blobs: BlobStore }, documentId: string): Promise<void> {
  for (const sending of await deps.sendings.list(documentId)) {
    if (sending.channel !== 'outside') continue;
    for (const index of sending.files.keys()) await deps.blobs.delete(sendingFileKey(sending, index));
  }
  await deps.sendings.forgetDocument(documentId);
}
