import Database from 'better-sqlite3';
import type { Plan } from '../../../shared/api/plans';
import type { PlanStore } from './planStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS plans (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  note TEXT
);
CREATE TABLE IF NOT EXISTS plan_measures (
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (plan_id, number)
);
`;

/** The registry in the same SQLite file as the documents (its own connection, WAL). */
export function createSqlitePlanStore(filename: string): PlanStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);

  const selectPlans = db.prepare<[], { id: string; title: string; measureCount: number }>(
    `SELECT p.id, p.title, COUNT(m.number) AS measureCount
     FROM plans p LEFT JOIN plan_measures m ON m.plan_id = p.id GROUP BY p.id ORDER BY p.title`,
  );
  const selectPlan = db.prepare<[string], { id: string; title: string; note: string | null }>(
    'SELECT id, title, note FROM plans WHERE id = ?',
  );
  const selectMeasures = db.prepare<[string], { number: number; title: string }>(
    'SELECT number, title FROM plan_measures WHERE plan_id = ? ORDER BY number',
  );
  const upsertPlan = db.prepare(
    `INSERT INTO plans (id, title, note) VALUES (@id, @title, @note)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, note = excluded.note`,
  );
  const deleteMeasures = db.prepare('DELETE FROM plan_measures WHERE plan_id = ?');
  const upsertMeasure = db.prepare(
    `INSERT INTO plan_measures (plan_id, number, title) VALUES (?, ?, ?)
     ON CONFLICT(plan_id, number) DO UPDATE SET title = excluded.title`,
  );

  const saveAll = db.transaction((plan: Plan) => {
    upsertPlan.run({ id: plan.id, title: plan.title, note: plan.note ?? null });
    deleteMeasures.run(plan.id);
    for (const measure of plan.measures) upsertMeasure.run(plan.id, measure.number, measure.title);
  });

  return {
    async list() {
      return selectPlans.all();
    },
    async get(id) {
      const row = selectPlan.get(id);
      if (!row) return undefined;
      return {
        id: row.id,
        title: row.title,
        ...(row.note ? { note: row.note } : {}),
        measures: selectMeasures.all(id),
      };
    },
    async save(plan) {
      saveAll(plan);
    },
    async putMeasure(planId, measure) {
      if (!selectPlan.get(planId)) return false;
      upsertMeasure.run(planId, measure.number, measure.title);
      return true;
    },
    async close() {
      db.close();
    },
  };
}
