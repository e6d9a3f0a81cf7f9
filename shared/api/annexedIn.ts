/** One compte-rendu that annexes another (SPEC N7). */
export interface AnnexedInEntry {
  documentId: string;
  title: string;
  meetingDate: string | null;
  /** The number of the annex in that compte-rendu (N5). */
  annexNumber: number;
}

/** `GET /api/minutes/:id/annexed-in`: the comptes-rendus the caller may read that annex this one. */
export interface AnnexedInResponse {
  annexedIn: AnnexedInEntry[];
}
