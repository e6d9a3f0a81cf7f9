import type pg from 'pg';
import { letterTemplateSchema } from '../../../../shared/api/letters';
import type { LetterTemplateStore } from '../letterTemplateStore';

/**
 * Letter templates in PostgreSQL (table of migration 004), each as JSON text, read and written
 * whole. The upsert is one statement, so two instances saving at once leave one whole template.
 * `close` leaves the shared pool open.
 */
export function createPgLetterTemplateStore(pool: pg.Pool): LetterTemplateStore {
  return {
    async get(collectiveId) {
      const { rows } = await pool.query<{ template: string }>('SELECT template FROM letter_templates WHERE collective_id = $1', [collectiveId]);
      if (!rows[0]) return undefined;
      // A template that no longer fits the schema is as good as none: the default replaces it.
      const stored = letterTemplateSchema.safeParse(JSON.parse(rows[0].template));
      return stored.success ? stored.data : undefined;
    },
    async put(collectiveId, template) {
      await pool.query(
        `INSERT INTO letter_templates (collective_id, template) VALUES ($1, $2)
         ON CONFLICT (collective_id) DO UPDATE SET template = excluded.template`,
        [collectiveId, JSON.stringify(letterTemplateSchema.parse(template))],
      );
    },
    async close() {},
  };
}
