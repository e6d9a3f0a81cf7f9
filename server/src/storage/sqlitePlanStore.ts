import Database from 'better-sqlite3';
import type { Plan } from '../../../shared/api/plans';
import type { PlanStore } from './planStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS plans (
  collective_id TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (collective_id, id)
);
CREATE TABLE IF NOT EXISTS plan_measures (
  collective_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (collective_id, plan_id, number),
  FOREIGN KEY (collective_id, plan_id) REFERENCES plans(collective_id, id) ON DELETE CASCADE
);
`;

/** The registry in the same SQLite file as the documents (its own connection, WAL). */
export function createSqlitePlanStore(filename: string): PlanStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);

  const selectPlans = db.prepare<[string], { id: string; title: string; measureCount: number }>(
    `SELECT p.id, p.title, COUNT(m.number) AS measureCount
     FROM plans p LEFT JOIN plan_measures m ON m.collective_id = p.collective_id AND m.plan_id = p.id
     WHERE p.collective_id = ? GROUP BY p.id ORDER BY p.title`,
  );
  const selectPlan = db.prepare<[string, string], { id: string; title: string; note: string | null }>(
    'SELECT id, title, note FROM plans WHERE collective_id = ? AND id = ?',
  );
  const selectMeasures = db.prepare<[string, string], { number: number; title: string }>(
    'SELECT number, title FROM plan_measures WHERE collective_id = ? AND plan_id = ? ORDER BY number',
  );
  const upsertPlan = db.prepare(
    `INSERT INTO plans (collective_id, id, title, note) VALUES (@collectiveId, @id, @title, @note)
     ON CONFLICT(collective_id, id) DO UPDATE SET title = excluded.title, note = excluded.note`,
  );
  const deleteMeasures = db.prepare('DELETE FROM plan_measures WHERE collective_id = ? AND plan_id = ?');
  const upsertMeasure = db.prepare(
    `INSERT INTO plan_measures (collective_id, plan_id, number, title) VALUES (?, ?, ?, ?)
     ON CONFLICT(collective_id, plan_id, number) DO UPDATE SET title = excluded.title`,
  );

  const saveAll = db.transaction((collectiveId: string, plan: Plan) => {
    upsertPlan.run({ collectiveId, id: plan.id, title: plan.title, note: plan.note ?? null });
    deleteMeasures.run(collectiveId, plan.id);
    for (const measure of plan.measures) upsertMeasure.run(collectiveId, plan.id, measure.number, measure.title);
  });

  return {
    async list(collectiveId) {
      return selectPlans.all(collectiveId);
    },
    async get(collectiveId, id) {
      const row = selectPlan.get(collectiveId, id);
      if (!row) return undefined;
      return {
        id: row.id,
        title: row.title,
        ...(row.note ? { note: row.note } : {}),
        measures: selectMeasures.all(collectiveId, id),
      };
    },
    async save(collectiveId, plan) {
      saveAll(collectiveId, plan);
    },
    async putMeasure(collectiveId, planId, measure) {
      if (!selectPlan.get(collectiveId, planId)) return false;
      upsertMeasure.run(collectiveId, planId, measure.number, measure.title);
      return true;
    },
    async close() {
      db.close();
    },
  };
}
