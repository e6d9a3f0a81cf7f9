import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { searchIndexContract } from './searchIndexContract';
import { createSqliteSearchIndex } from './sqliteSearchIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

searchIndexContract('sqlite', async () => createSqliteSearchIndex(join(dir, `contract-${n++}.sqlite`)));
