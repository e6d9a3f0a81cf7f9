import type { LetterFields } from '../../../shared/api/letters';
import type { LetterRecord } from './letterStore';

/** A row of `letters`; the fields are stored as JSON text. */
export interface LetterRow {
  id: string;
  minutes_id: string;
  collective_id: string;
  fields: string;
  revision: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export const letterOf = (row: LetterRow): LetterRecord => ({
  id: row.id,
  minutesId: row.minutes_id,
  collectiveId: row.collective_id,
  fields: JSON.parse(row.fields) as LetterFields,
  revision: row.revision,
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
});
