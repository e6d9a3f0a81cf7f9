import type { Database } from 'better-sqlite3';
import type { DocumentStore } from './documentStore';
import { PLENARY_CREATED_AT, PLENARY_SERIES_NAME, plenarySeriesId, seriesOf, type SeriesRow, unstoredSeries } from './seriesRows';

/**
 * The series table, and the forward migration of the documents table: a database made
 * before series gets the `series_id` column, and every document in it goes to its
 * collective's plenary series. Nothing else in a row changes.
 */
export function ensureSeriesTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meeting_series (
      id TEXT PRIMARY KEY,
      collective_id TEXT NOT NULL,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS meeting_series_by_collective ON meeting_series(collective_id, created_at);`);
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all();
  db.transaction(() => {
    if (!columns.some((column) => column.name === 'series_id')) db.exec('ALTER TABLE documents ADD COLUMN series_id TEXT');
    db.exec(`UPDATE documents SET series_id = 'plenary-' || collective_id WHERE series_id IS NULL`);
  }).immediate();
}

/** The series half of the SQLite DocumentStore. */
export function sqliteSeries(db: Database): Pick<DocumentStore, 'listSeries' | 'getSeries' | 'createSeries'> {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO meeting_series (id, collective_id, name, created_at) VALUES (@id, @collectiveId, @name, @createdAt)',
  );
  const selectAll = db.prepare<[string], SeriesRow>(
    'SELECT id, collective_id, name, created_at FROM meeting_series WHERE collective_id = ? ORDER BY created_at, id',
  );
  const selectOne = db.prepare<[string], SeriesRow>('SELECT id, collective_id, name, created_at FROM meeting_series WHERE id = ?');
  const ensurePlenary = (collectiveId: string) =>
    insert.run({ id: plenarySeriesId(collectiveId), collectiveId, name: PLENARY_SERIES_NAME, createdAt: PLENARY_CREATED_AT });

  return {
    async listSeries(collectiveId) {
      ensurePlenary(collectiveId);
      return selectAll.all(collectiveId).map(seriesOf);
    },
    async getSeries(id) {
      const row = selectOne.get(id);
      return row ? seriesOf(row) : unstoredSeries(id);
    },
    async createSeries(series) {
      insert.run(series);
    },
  };
}
