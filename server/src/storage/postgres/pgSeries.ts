import type pg from 'pg';
import type { DocumentStore } from '../documentStore';
import { PLENARY_CREATED_AT, PLENARY_SERIES_NAME, plenarySeriesId, seriesOf, type SeriesRow, unstoredSeries } from '../seriesRows';

// ON CONFLICT DO NOTHING: two instances listing a new collective at once both insert its plenary.
const INSERT = 'INSERT INTO meeting_series (id, collective_id, name, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING';
const COLUMNS = 'id, collective_id, name, created_at';

/** The series half of the PostgreSQL DocumentStore (M8), the same as `sqliteSeries`. */
export function pgSeries(pool: pg.Pool): Pick<DocumentStore, 'listSeries' | 'getSeries' | 'createSeries'> {
  return {
    async listSeries(collectiveId) {
      await pool.query(INSERT, [plenarySeriesId(collectiveId), collectiveId, PLENARY_SERIES_NAME, PLENARY_CREATED_AT]);
      const { rows } = await pool.query<SeriesRow>(
        `SELECT ${COLUMNS} FROM meeting_series WHERE collective_id = $1 ORDER BY created_at, id`,
        [collectiveId],
      );
      return rows.map(seriesOf);
    },
    async getSeries(id) {
      const { rows } = await pool.query<SeriesRow>(`SELECT ${COLUMNS} FROM meeting_series WHERE id = $1`, [id]);
      return rows[0] ? seriesOf(rows[0]) : unstoredSeries(id);
    },
    async createSeries(series) {
      await pool.query(INSERT, [series.id, series.collectiveId, series.name, series.createdAt]);
    },
  };
}
