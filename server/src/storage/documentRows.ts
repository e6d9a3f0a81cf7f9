import type { DocumentRecord, DocumentStatus, Validation } from './documentStore';

/** A row of `documents` without its state; `validation` is stored as JSON text. */
export interface DocumentRow {
  id: string;
  collective_id: string;
  series_id: string;
  title: string;
  meeting_date: string | null;
  created_at: string;
  updated_at: string;
  status: DocumentStatus;
  validation: string | null;
  kind: string | null;
  epoch: number;
}

export const documentRecordOf = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  collectiveId: row.collective_id,
  seriesId: row.series_id,
  title: row.title,
  meetingDate: row.meeting_date,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  status: row.status,
  validation: row.validation ? (JSON.parse(row.validation) as Validation) : null,
  ...(row.kind === 'letter' ? { kind: 'letter' as const } : {}),
  epoch: row.epoch,
});
