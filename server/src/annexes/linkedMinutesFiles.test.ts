import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AnnexReference } from '../../../shared/export/annexReferences';
import { writeMeta } from '../../../shared/model/meta';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { writeBodyContent } from '../../../shared/schema/bodyContent';
import { type ExportPool, createExportPool } from '../export/exportPool';
import { createPdfPrinter } from '../export/renderPdf';
import { newDocumentId } from '../storage/documentId';
import type { DocumentRecord } from '../storage/documentStore';
import { createSqliteExportSettingsStore } from '../storage/sqliteExportSettingsStore';
import { createSqlitePlanStore } from '../storage/sqlitePlanStore';
import { createSqliteReviewStore } from '../storage/sqliteReviewStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { recordingLogger } from '../testing/recordingLogger';
import { type LinkedMinutesDeps, linkedMinutesFile } from './linkedMinutesFiles';

describe('linkedMinutesFile: the linked compte-rendu a bundle and a sending carry (N6, D3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutier-linked-'));
  const dbFile = join(dir, 'minutier.sqlite');
  const logger = recordingLogger();
  let deps: LinkedMinutesDeps;
  let pool: ExportPool;
  let records: Record<'bundled' | 'linked' | 'letter' | 'elsewhere', DocumentRecord>;

  async function stored(title: string, collectiveId: string, kind?: 'letter'): Promise<DocumentRecord> {
    const doc = newModelDoc();
    writeMeta(doc, { title });
    writeBodyContent(doc, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Texte de ${title}.` }] }] });
    const now = new Date().toISOString();
    const record: DocumentRecord = { id: newDocumentId(), collectiveId, seriesId: '', title, meetingDate: null, createdAt: now, updatedAt: now, status: 'draft', validation: null, epoch: 1 };
    await deps.documents.create({ ...record, ...(kind ? { kind } : {}) }, Y.encodeStateAsUpdate(doc));
    return (await deps.documents.get(record.id)) as DocumentRecord;
  }
  const reference = (documentId: string): AnnexReference => ({ number: 2, kind: 'minutes', annexId: '', documentId, label: '' });

  beforeAll(async () => {
    deps = {
      documents: createSqliteStore({ filename: dbFile }),
      plans: createSqlitePlanStore(dbFile),
      review: createSqliteReviewStore(dbFile),
      exportSettings: createSqliteExportSettingsStore(dbFile),
      pdf: createPdfPrinter(join(dir, 'no-chromium')),
    };
    pool = createExportPool(1);
    records = {
      bundled: await stored('Réunion du 22 novembre 2013', 'collectif'),
      linked: await stored('Réunion du 18 octobre 2013 / plénière', 'collectif'),
      letter: await stored('Lettre au préfet', 'collectif', 'letter'),
      elsewhere: await stored('Réunion d’un autre collectif', 'autre'),
    };
  });
  afterAll(async () => {
    await pool.close();
    await deps.pdf.close();
    for (const store of [deps.documents, deps.plans, deps.review, deps.exportSettings]) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders a compte-rendu of the same collective in the asked format, named by its title when the annex has no label', async () => {
    const file = await linkedMinutesFile(deps, pool, logger, records.bundled, reference(records.linked.id), 'md');
    expect(file).toMatchObject({ number: 2, label: '', name: 'Réunion du 18 octobre 2013 - plénière.md', extensions: ['md'] });
    expect(file?.contentType).toMatch(/^text\/markdown/);
    expect(new TextDecoder().decode(file?.content)).toContain('Texte de Réunion du 18 octobre 2013 / plénière.');
  });

  it('leaves out, with an English warning each, a missing document, a letter, another collective’s and one the caller may not have', async () => {
    logger.lines.length = 0;
    const refuse = async () => false;
    const cases: Array<[string, ((linked: DocumentRecord) => Promise<boolean>)?]> = [
      [newDocumentId()],
      ['../pas-un-id'],
      [records.letter.id],
      [records.elsewhere.id],
      [records.linked.id, refuse],
    ];
    const outcomes = [];
    for (const [documentId, mayInclude] of cases) {
      outcomes.push(await linkedMinutesFile(deps, pool, logger, records.bundled, reference(documentId), 'md', mayInclude));
    }
    expect(outcomes).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(logger.lines.map((line) => [line.level, line.event, line.fields.reason])).toEqual([
      ['warn', 'bundle.linked_minutes_left_out', 'missing'],
      ['warn', 'bundle.linked_minutes_left_out', 'missing'],
      ['warn', 'bundle.linked_minutes_left_out', 'letter'],
      ['warn', 'bundle.linked_minutes_left_out', 'other_collective'],
      ['warn', 'bundle.linked_minutes_left_out', 'not_readable'],
    ]);
  });
});
