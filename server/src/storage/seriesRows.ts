import type { MeetingSeries } from './documentStore';

/** The plenary series' name, which every collective has. */
export const PLENARY_SERIES_NAME = 'Réunion du Collectif';

/**
 * The plenary's id follows from its collective, so documents written before series existed
 * are moved into it by one UPDATE, without knowing which collectives exist (M8).
 */
export const plenarySeriesId = (collectiveId: string): string => `plenary-${collectiveId}`;

/** Sorts the plenary before every series a collective adds. */
export const PLENARY_CREATED_AT = new Date(0).toISOString();

/** A row of `meeting_series`. */
export interface SeriesRow {
  id: string;
  collective_id: string;
  name: string;
  created_at: string;
}

export const seriesOf = (row: SeriesRow): MeetingSeries => ({
  id: row.id,
  collectiveId: row.collective_id,
  name: row.name,
  isDefault: row.id === plenarySeriesId(row.collective_id),
  createdAt: row.created_at,
});

/**
 * The series `getSeries` answers for an id not stored: the plenary exists for every
 * collective, stored or not yet, and reading writes nothing.
 */
export const unstoredSeries = (id: string): MeetingSeries | undefined =>
  id.startsWith('plenary-')
    ? seriesOf({ id, collective_id: id.slice('plenary-'.length), name: PLENARY_SERIES_NAME, created_at: PLENARY_CREATED_AT })
    : undefined;
