import type { AnnexedInEntry } from '../../../shared/api/annexedIn';

/** A document that annexes the one asked about, with the lowest annex number it gives it. */
export interface AnnexedInRow {
  document_id: string;
  title: string;
  meeting_date: string | null;
  annex_number: number;
}

export const annexedInEntryOf = (row: AnnexedInRow): AnnexedInEntry => ({
  documentId: row.document_id,
  title: row.title,
  meetingDate: row.meeting_date,
  annexNumber: row.annex_number,
});
