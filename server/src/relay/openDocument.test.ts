import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import { readBodyContent, writeBodyContent } from '../../../shared/schema/bodyContent';
import type { DocumentStore } from '../storage/documentStore';
import { createSqliteStore } from '../storage/sqliteStore';
import { bodyText } from '../testing/bodyText';
import { stateDoc } from '../testing/stateDoc';
import { poisons, writerOf } from '../testing/poisonedUpdates';
import { recordingLogger } from '../testing/recordingLogger';
import { checkUpdate } from './checkUpdate';
import { integrateUpdate } from './integrateUpdate';
import { openDocument } from './openDocument';

const dir = mkdtempSync(join(tmpdir(), 'minutier-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** The stored document of these tests: one paragraph, as the server seeds it. */
function seededState(): Uint8Array {
  const doc = newModelDoc();
  writeBodyContent(doc, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Début.' }] }] });
  return Y.encodeStateAsUpdate(doc);
}

describe('openDocument', () => {
  let filename: string;
  let store: DocumentStore;
  const state = seededState();
  const logger = recordingLogger();

  beforeEach(async () => {
    filename = join(dir, `open-${files++}.sqlite`);
    store = createSqliteStore({ filename });
    const now = new Date().toISOString();
    await store.create(
      { id: 'cr', collectiveId: 'c', title: 'CR', meetingDate: null, createdAt: now, updatedAt: now, status: 'draft', validation: null },
      state,
    );
    logger.lines.length = 0;
  });
  afterEach(async () => {
    await store.close();
  });

  const open = (frozen = false) => openDocument(store, 'cr', { frozen, logger });
  const quarantine = () => {
    const db = new Database(filename, { readonly: true });
    try {
      return db.prepare('SELECT seq, reason FROM quarantined_updates WHERE document_id = ? ORDER BY id').all('cr') as Array<{ seq: number | null; reason: string }>;
    } finally {
      db.close();
    }
  };

  it('R25: folds a long log into the state in time slices, so timers run while it opens and the next open reads no log', async () => {
    const writer = writerOf(state);
    const keystrokes = Array.from({ length: 3000 }, (_, i) => writer.type(String.fromCharCode(97 + (i % 26))));
    for (let i = 0; i < keystrokes.length; i += 500) await store.append('cr', keystrokes.slice(i, i + 500));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const opened = await open().finally(() => clearInterval(ticker));
    expect(bodyText(stateDoc(opened!))).toBe(bodyText(writer.doc));
    // A loop that never yields would let no timer fire before it ends.
    expect(ticks).toBeGreaterThan(1);
    expect(opened!.logSize).toBe(0);
    expect(await store.pendingUpdates('cr')).toBe(0);
    expect(logger.lines.find((line) => line.event === 'relay.log_folded')?.fields.updates).toBe(3000);
    const again = await open();
    expect(again!.state).toEqual(opened!.state);
    expect(bodyText(stateDoc(again!))).toBe(bodyText(writer.doc));
  });

  it('R26: sets aside the logged updates that do not load, keeps the readable rest, and the next open finds nothing more', async () => {
    const author = writerOf(state);
    const rows = [
      author.type(' un'),
      poisons.unknownMark(state),
      poisons.pendingDependency(state),
      poisons.selfOrigin(),
      // Integrates, then the body does not read: the document is built again without it.
      poisons.unreadableBlock(state),
      author.type(' deux'),
    ];
    for (const row of rows) await store.append('cr', [row]);
    const opened = await open();
    expect(bodyText(stateDoc(opened!))).toBe('Début. un deux');
    expect(JSON.stringify(readBodyContent(stateDoc(opened!)))).not.toContain('script');
    expect(quarantine()).toEqual([
      { seq: 2, reason: 'an unknown mark' },
      { seq: 3, reason: 'missing dependencies' },
      { seq: 4, reason: 'an item refers to itself or to a later item' },
      { seq: 5, reason: expect.stringMatching(/^an unreadable body/) },
    ]);
    const warned = logger.lines.filter((line) => line.event === 'relay.quarantined');
    expect(warned).toEqual([expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ doc: 'cr', updates: 4, state: false }) })]);
    expect(await store.repairOf('cr')).toMatchObject({ updates: 4 });

    logger.lines.length = 0;
    const again = await open();
    expect(bodyText(stateDoc(again!))).toBe('Début. un deux');
    expect(logger.lines.filter((line) => line.event === 'relay.quarantined')).toEqual([]);
    expect(quarantine()).toHaveLength(4);
  });

  it('R26: keeps what reads of a compacted state that does not load, sets the state aside, and an editor that held it converges', async () => {
    const author = writerOf(state);
    const typed = author.type(' suite');
    const marked = poisons.unknownMark(state);
    // What an older version merged together when it compacted the log.
    const poisoned = Y.mergeUpdates([state, typed, marked, poisons.foreignRoot(state), poisons.selfOrigin()]);
    const db = new Database(filename);
    db.prepare('UPDATE documents SET state = ?, state_vector = NULL, state_checked = 0 WHERE id = ?').run(poisoned, 'cr');
    db.close();

    const opened = await open();
    expect(bodyText(stateDoc(opened!))).toBe('Début. suite');
    expect(JSON.stringify(readBodyContent(stateDoc(opened!)))).not.toContain('script');
    expect(quarantine()).toEqual([{ seq: null, reason: 'an item refers to itself or to a later item' }]);
    expect(logger.lines.find((line) => line.event === 'relay.quarantined')?.fields).toMatchObject({ state: true, updates: 0 });
    // The kept state loads like any other: no root, mark or node outside the model.
    const stored = (await store.readState('cr'))!;
    expect(integrateUpdate(newModelDoc(), stored.state!)).toBeUndefined();
    expect([...checkUpdate(stored.state!).formats]).toEqual([]);

    // An editor that saw the unknown mark deletes it when it syncs.
    const editor = writerOf(state);
    Y.applyUpdate(editor.doc, typed);
    Y.applyUpdate(editor.doc, marked);
    expect(editor.doc.getXmlFragment('default').toString()).toContain('script');
    Y.applyUpdate(editor.doc, Y.diffUpdate(stored.state!, Y.encodeStateVector(editor.doc)));
    expect(editor.doc.getXmlFragment('default').toString()).toBe(stateDoc(opened!).getXmlFragment('default').toString());
  });

  it('W4: a validated document is read without what does not load, and its stored bytes stay', async () => {
    await store.append('cr', [writerOf(state).type(' validé'), poisons.unknownMark(state)]);
    await store.setStatus('cr', 'validated', { meetingDate: '2014-02-17', note: null, versionId: 'v', validatedAt: 'x', validatedBy: 'u' });
    const before = await store.load('cr');
    const opened = await open(true);
    expect(bodyText(stateDoc(opened!))).toBe('Début. validé');
    expect(opened!.logSize).toBe(2);
    expect(await store.load('cr')).toEqual(before);
    expect(quarantine()).toEqual([]);
    expect(logger.lines.find((line) => line.event === 'relay.unreadable_validated')?.fields).toMatchObject({ updates: 1 });
  });

  it('answers undefined for an unknown document', async () => {
    expect(await openDocument(store, 'inconnu', { frozen: false, logger })).toBeUndefined();
  });
});
