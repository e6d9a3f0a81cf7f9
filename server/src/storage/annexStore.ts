/** The metadata of one uploaded annex file; its bytes are in the blob store under `annexBlobKey`. */
export interface AnnexRecord {
  id: string;
  documentId: string;
  /** The uploaded name made safe, with the extension of its sniffed type. */
  name: string;
  /** Sniffed from the bytes, never taken from the upload (N2). */
  mediaType: string;
  size: number;
  /** Hex SHA-256 of the bytes: what a validation freezes (N4). */
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** Where an annex's bytes live in the blob store: one folder per compte-rendu. */
export const annexBlobKey = (annex: Pick<AnnexRecord, 'documentId' | 'id'>): string => `${annex.documentId}/${annex.id}`;

/**
 * Annex files of comptes-rendus: server-owned, never in the CRDT (the body carries only
 * each annex's id). Every call names the document, so an annex of another document reads
 * as unknown.
 */
export interface AnnexStore {
  add(annex: AnnexRecord): Promise<void>;
  get(documentId: string, annexId: string): Promise<AnnexRecord | undefined>;
  /** Oldest first. */
  list(documentId: string): Promise<AnnexRecord[]>;
  /** True when there was such an annex. */
  remove(documentId: string, annexId: string): Promise<boolean>;
  /** Removes every annex row of a deleted document (the caller removes the blobs). */
  forgetDocument(documentId: string): Promise<void>;
  close(): Promise<void>;
}
