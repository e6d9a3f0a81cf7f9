import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { measureIndexContract } from './measureIndexContract';
import { createSqliteMeasureIndex } from './sqliteMeasureIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-measure-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

measureIndexContract('sqlite', async () => createSqliteMeasureIndex(join(dir, `contract-${n++}.sqlite`)));
