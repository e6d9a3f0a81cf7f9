import Database from 'better-sqlite3';
import { letterTemplateSchema } from '../../../shared/api/letters';
import type { LetterTemplateStore } from './letterTemplateStore';

// CREATE … IF NOT EXISTS on every start: a database from before letters gains the table.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS letter_templates (
  collective_id TEXT PRIMARY KEY,
  template TEXT NOT NULL
);
`;

/** Letter templates in the same SQLite file as the rest (its own connection, WAL), each as JSON, read and written whole. */
export function createSqliteLetterTemplateStore(filename: string): LetterTemplateStore {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const select = db.prepare<[string], { template: string }>('SELECT template FROM letter_templates WHERE collective_id = ?');
  const upsert = db.prepare(
    `INSERT INTO letter_templates (collective_id, template) VALUES (?, ?)
     ON CONFLICT(collective_id) DO UPDATE SET template = excluded.template`,
  );

  return {
    async get(collectiveId) {
      const row = select.get(collectiveId);
      if (!row) return undefined;
      // A template that no longer fits the schema is as good as none: the default replaces it.
      const stored = letterTemplateSchema.safeParse(JSON.parse(row.template));
      return stored.success ? stored.data : undefined;
    },
    async put(collectiveId, template) {
      upsert.run(collectiveId, JSON.stringify(letterTemplateSchema.parse(template)));
    },
    async close() {
      db.close();
    },
  };
}
