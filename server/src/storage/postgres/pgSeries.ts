import type pg from 'pg';
import type { DocumentStore, MeetingSeries } from '../documentStore';
import { PLENARY_SERIES_NAME, plenarySeriesId } from '../sqliteSeriesTable';

/** Sorts the plenary before every series a collective adds, as in SQLite. */
const PLENARY_CREATED_AT = new Date(0).toISOString();

interface SeriesRow {
  id: string;
  collective_id: string;
  name: string;
  created_at: string;
}

const toSeries = (row: SeriesRow): MeetingSeries => ({
  id: row.id,
  collectiveId: row.collective_id,
  name: row.name,
  isDefault: row.id === plenarySeriesId(row.collective_id),
  createdAt: row.created_at,
});

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
      return rows.map(toSeries);
    },
    async getSeries(id) {
      const { rows } = await pool.query<SeriesRow>(`SELECT ${COLUMNS} FROM meeting_series WHERE id = $1`, [id]);
      if (rows[0]) return toSeries(rows[0]);
      // The plenary exists for every collective, stored or not yet; reading writes nothing.
      if (!id.startsWith('plenary-')) return undefined;
      return toSeries({ id, collective_id: id.slice('plenary-'.length), name: PLENARY_SERIES_NAME, created_at: PLENARY_CREATED_AT });
    },
    async createSeries(series) {
      await pool.query(INSERT, [series.id, series.collectiveId, series.name, series.createdAt]);
    },
  };
}
