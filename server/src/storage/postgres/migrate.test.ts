import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { type PgTestSchema, createPgTestSchema } from '../../testing/pgTestSchema';
import { migrate } from './migrate';
import { openPgPool } from './pgPool';

describe('PostgreSQL migrations (S4)', () => {
  let schema: PgTestSchema;
  const pools: pg.Pool[] = [];
  const pool = () => {
    const opened = openPgPool(schema.url, 2);
    pools.push(opened);
    return opened;
  };
  beforeEach(async () => {
    schema = await createPgTestSchema();
  });
  afterEach(async () => {
    for (const opened of pools.splice(0)) await opened.end();
    await schema.drop();
  });

  const migrations = [
    { id: '002_notes', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)' },
    { id: '001_people', sql: 'CREATE TABLE people (id TEXT PRIMARY KEY)' },
  ];

  it('S4: two instances starting together on an empty database both come up, each migration applied once, in order', async () => {
    const [first, second] = await Promise.all([migrate(pool(), migrations), migrate(pool(), migrations)]);
    expect([...first, ...second]).toEqual(['001_people', '002_notes']);
    const applied = await pool().query<{ id: string }>('SELECT id FROM minutier_migrations ORDER BY applied_at, id');
    expect(applied.rows.map((row) => row.id)).toEqual(['001_people', '002_notes']);
    expect(await migrate(pool(), migrations)).toEqual([]);
  });

  it('S4: a migration that fails leaves nothing of itself and stops the start', async () => {
    const broken = [...migrations, { id: '003_broken', sql: 'CREATE TABLE half (id TEXT); SELECT * FROM missing_table' }];
    await expect(migrate(pool(), broken)).rejects.toThrow(/003_broken/);
    const tables = await pool().query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema.name],
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(['minutier_migrations', 'notes', 'people']);
  });
});
