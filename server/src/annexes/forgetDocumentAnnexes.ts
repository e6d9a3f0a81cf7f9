import type { AnnexStore } from '../storage/annexStore';
import { annexBlobKey } from '../storage/annexStore';
import type { BlobStore } from '../storage/blobStore';

/**
 * Deleting a compte-rendu deletes its annexes (N5): the files first, then the rows, so a crash
 * in between leaves rows of a deleted document, never files no row points to.
 */
export async function forgetDocumentAnnexes(deps: { annexes: AnnexStore; blobs: BlobStore }, documentId: string): Promise<void> {
  for (const annex of await deps.annexes.list(documentId)) await deps.blobs.delete(annexBlobKey(annex));
  await deps.annexes.forgetDocument(documentId);
}
