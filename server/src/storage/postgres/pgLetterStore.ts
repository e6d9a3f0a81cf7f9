import type pg from 'pg';
import { letterOf, type LetterRow } from '../letterRows';
import type { LetterRecord, LetterStore } from '../letterStore';

const COLUMNS = 'id, minutes_id, collective_id, fields, revision, created_at, created_by, updated_at';

/**
 * Letters' fields in PostgreSQL (table of migration 004); the fields as JSON text, replaced
 * whole. `close` leaves the shared pool open.
 */
export function createPgLetterStore(pool: pg.Pool): LetterStore {
  const read = async (id: string): Promise<LetterRecord | undefined> => {
    const { rows } = await pool.query<LetterRow>(`SELECT ${COLUMNS} FROM letters WHERE id = $1`, [id]);
    return rows[0] && letterOf(rows[0]);
  };

  return {
    async add(letter) {
      await pool.query(`INSERT INTO letters (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        letter.id,
        letter.minutesId,
        letter.collectiveId,
        JSON.stringify(letter.fields),
        letter.revision,
        letter.createdAt,
        letter.createdBy,
        letter.updatedAt,
      ]);
    },
    get: read,
    async listOfMinutes(minutesId) {
      // `seq` breaks ties of one instant as SQLite's rowid does: the later insert first.
      const { rows } = await pool.query<LetterRow>(
        `SELECT ${COLUMNS} FROM letters WHERE minutes_id = $1 ORDER BY created_at DESC, seq DESC`,
        [minutesId],
      );
      return rows.map(letterOf);
    },
    async update(id, revision, fields, updatedAt) {
      // The revision check and the write are one statement (L3): when two instances save from
      // one revision at once, the second waits for the first's row lock, then finds the revision
      // changed and writes nothing. RETURNING answers the very row this save wrote.
      const written = await pool.query<LetterRow>(
        `UPDATE letters SET fields = $1, revision = revision + 1, updated_at = $2 WHERE id = $3 AND revision = $4 RETURNING ${COLUMNS}`,
        [JSON.stringify(fields), updatedAt, id, revision],
      );
      if (written.rows[0]) return { ok: true, letter: letterOf(written.rows[0]) };
      const stored = await read(id);
      return stored && { ok: false, stale: stored };
    },
    async delete(id) {
      await pool.query('DELETE FROM letters WHERE id = $1', [id]);
    },
    async close() {},
  };
}
