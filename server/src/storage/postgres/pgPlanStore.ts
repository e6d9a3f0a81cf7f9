import type pg from 'pg';
import type { PlanStore } from '../planStore';
import { inTransaction } from './pgPool';

/** The plan-measure registry in PostgreSQL (issue 18), as `sqlitePlanStore` keeps it. */
export function createPgPlanStore(pool: pg.Pool): PlanStore {
  return {
    async list(collectiveId) {
      // COLLATE "C": titles sort by code point, as SQLite's BINARY does, whatever the database's locale.
      const { rows } = await pool.query<{ id: string; title: string; measure_count: string }>(
        `SELECT p.id, p.title, COUNT(m.number) AS measure_count
         FROM plans p LEFT JOIN plan_measures m ON m.collective_id = p.collective_id AND m.plan_id = p.id
         WHERE p.collective_id = $1 GROUP BY p.collective_id, p.id ORDER BY p.title COLLATE "C"`,
        [collectiveId],
      );
      return rows.map((row) => ({ id: row.id, title: row.title, measureCount: Number(row.measure_count) }));
    },
    async get(collectiveId, id) {
      const plan = (
        await pool.query<{ id: string; title: string; note: string | null }>('SELECT id, title, note FROM plans WHERE collective_id = $1 AND id = $2', [
          collectiveId,
          id,
        ])
      ).rows[0];
      if (!plan) return undefined;
      const measures = await pool.query<{ number: number; title: string }>(
        'SELECT number, title FROM plan_measures WHERE collective_id = $1 AND plan_id = $2 ORDER BY number',
        [collectiveId, id],
      );
      return { id: plan.id, title: plan.title, ...(plan.note ? { note: plan.note } : {}), measures: measures.rows };
    },
    async save(collectiveId, plan) {
      // A measure number given twice keeps its last title, as SQLite's row-by-row upsert did.
      const measures = new Map(plan.measures.map((measure) => [measure.number, measure.title]));
      await inTransaction(pool, async (client) => {
        // The plan's row stays locked until commit: two instances saving the same plan take turns,
        // so its measures are one save's, never a mix.
        await client.query(
          `INSERT INTO plans (collective_id, id, title, note) VALUES ($1, $2, $3, $4)
           ON CONFLICT (collective_id, id) DO UPDATE SET title = excluded.title, note = excluded.note`,
          [collectiveId, plan.id, plan.title, plan.note ?? null],
        );
        await client.query('DELETE FROM plan_measures WHERE collective_id = $1 AND plan_id = $2', [collectiveId, plan.id]);
        await client.query(
          `INSERT INTO plan_measures (collective_id, plan_id, number, title)
           SELECT $1, $2, number, title FROM unnest($3::int[], $4::text[]) AS given (number, title)`,
          [collectiveId, plan.id, [...measures.keys()], [...measures.values()]],
        );
      });
    },
    async putMeasure(collectiveId, planId, measure) {
      // One statement: the measure goes in only if its plan exists.
      const put = await pool.query(
        `INSERT INTO plan_measures (collective_id, plan_id, number, title)
         SELECT collective_id, id, $3, $4 FROM plans WHERE collective_id = $1 AND id = $2
         ON CONFLICT (collective_id, plan_id, number) DO UPDATE SET title = excluded.title`,
        [collectiveId, planId, measure.number, measure.title],
      );
      return put.rowCount === 1;
    },
    // The pool is the server's, shared by every store: it ends it once.
    async close() {},
  };
}
