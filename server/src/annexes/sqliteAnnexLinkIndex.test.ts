import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { annexLinkIndexContract } from './annexLinkIndexContract';
import { createSqliteAnnexLinkIndex } from './sqliteAnnexLinkIndex';

const dir = mkdtempSync(join(tmpdir(), 'minutier-annex-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

annexLinkIndexContract('sqlite', async () => createSqliteAnnexLinkIndex(join(dir, `contract-${n++}.sqlite`)));
