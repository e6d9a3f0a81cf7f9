/** `POST /api/minutes/:id/annexes` (multipart, field `file`) answers 201 with this. */
export interface AnnexUploadResponse {
  id: string;
  /** The uploaded name made safe, with the extension of the type sniffed from the bytes. */
  name: string;
  size: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
}

/** One row of `GET /api/minutes/:id/annexes`. */
export interface AnnexSummary extends AnnexUploadResponse {
  mediaType: string;
  uploadedAt: string;
}

/** A file annex as the validation froze it (N4). */
export interface FrozenAnnex {
  annexId: string;
  name: string;
  sha256: string;
}

export interface AnnexListResponse {
  /** Oldest first; the body's `annex` nodes give their order and numbers. */
  annexes: AnnexSummary[];
  /** While validated: the file annexes the body referenced then, with their hashes. */
  validated: FrozenAnnex[] | null;
}

/** The file kinds accepted, said to the person choosing a file. */
export const ANNEX_ACCEPT = '.pdf,.odt,.ods,.odp,.docx,.png,.jpg,.jpeg,.gif,.webp';
