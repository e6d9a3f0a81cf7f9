import * as Y from 'yjs';
import { type AnnexReference, annexReferencesOf } from '../../../shared/export/annexReferences';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentStore } from '../storage/documentStore';

/**
 * The annexes a stored compte-rendu's body lists, in document order. Read from the stored
 * bytes, which the export that comes with them has just read successfully; undefined when the
 * document is gone.
 */
export async function storedAnnexReferences(documents: DocumentStore, documentId: string): Promise<AnnexReference[] | undefined> {
  const stored = await documents.load(documentId);
  if (!stored) return undefined;
  const doc = newModelDoc();
  try {
    for (const update of stored.state ? [stored.state, ...stored.updates] : stored.updates) Y.applyUpdate(doc, update);
    return annexReferencesOf(readBodyContent(doc));
  } finally {
    doc.destroy();
  }
}
