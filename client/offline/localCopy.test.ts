import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { MinutesDocument } from '../../shared/api/minutes';
import { writeBodyContent } from '../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../shared/schema/extensions';
import { SyncTracker } from '../editor/syncTracker';
import { readCopyRecord, writeCopyRecord } from './copyRecords';
import { VALIDATED_EXPLANATION } from './epochDecision';
import { LocalCopy, dropDeletedCopy } from './localCopy';
import { deleteAccountDatabases, docDatabaseName, openMeta } from './localDatabases';

const ACCOUNT = 'u-paul';
const DOCUMENT = 'AbCdEfGhIjKlMnOpQr_-12';
const body = (...texts: string[]) => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const minutes = (epoch: number, content = body('Ouverture.'), status: MinutesDocument['status'] = 'draft') =>
  ({ id: DOCUMENT, epoch, status, content }) as unknown as MinutesDocument;

const opened: Array<{ doc: Y.Doc; copy: LocalCopy }> = [];

/** A page opening the document: a fresh Y.Doc, its tracker, and the copy started before connecting. */
async function openPage(server: MinutesDocument, synced = false) {
  const doc = new Y.Doc({ gc: false });
  const tracker = new SyncTracker(doc);
  const copy = new LocalCopy(doc, tracker, () => synced);
  opened.push({ doc, copy });
  await copy.start({ accountId: ACCOUNT, documentId: DOCUMENT, minutes: server, fromServer: true });
  return { doc, tracker, copy };
}

const close = ({ doc, copy }: { doc: Y.Doc; copy: LocalCopy }) => {
  copy.destroy();
  doc.destroy();
};

const text = (doc: Y.Doc) => doc.getXmlFragment(BODY_FRAGMENT).toString();
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** What the server sent on the first opening, and what was acknowledged then. */
async function firstOpening(epoch: number) {
  const page = await openPage(minutes(epoch));
  writeBodyContent(page.doc, body('Ouverture.'));
  await settle();
  await writeCopyRecord(ACCOUNT, DOCUMENT, {
    ...(await readCopyRecord(ACCOUNT, DOCUMENT))!,
    acknowledged: Y.encodeStateVector(page.doc),
  });
  return page;
}

afterEach(async () => {
  for (const page of opened.splice(0)) close(page);
  await deleteAccountDatabases(ACCOUNT);
});

describe('LocalCopy (issue 19: documents persist in the browser)', () => {
  it('records the epoch and the minutes the page opened with, and keeps every edit on disk', async () => {
    const page = await openPage(minutes(1));
    expect(page.copy.state).toMatchObject({ mode: 'on', restored: false });
    expect(await readCopyRecord(ACCOUNT, DOCUMENT)).toMatchObject({ epoch: 1, minutes: { id: DOCUMENT } });

    writeBodyContent(page.doc, body('Tapé hors ligne.'));
    expect(page.copy.state.unstoredEdits).toBeGreaterThan(0);
    await settle();
    expect(page.copy.state.unstoredEdits).toBe(0);

    // Read back by another connection, as the next opening of the page would.
    const other = new Y.Doc();
    const persistence = new IndexeddbPersistence(docDatabaseName(ACCOUNT, DOCUMENT), other);
    await persistence.whenSynced;
    expect(text(other)).toContain('Tapé hors ligne.');
    await persistence.destroy();
  });

  it('restores what was typed offline before the page was closed, pending until the server has it', async () => {
    const first = await firstOpening(1);
    writeBodyContent(first.doc, body('Ouverture.', 'Tapé hors ligne.'));
    await settle();
    close(first);

    const again = await openPage(minutes(1));
    expect(again.copy.state).toMatchObject({ mode: 'on', restored: true });
    expect(text(again.doc)).toContain('Tapé hors ligne.');
    expect(again.tracker.pending).toBe(true);
  });

  it('never merges a copy from an older epoch: offers the passages typed offline, then drops it on request', async () => {
    const first = await firstOpening(1);
    writeBodyContent(first.doc, body('Ouverture.', 'Tapé hors ligne.'));
    await settle();
    close(first);

    const restored = minutes(2, body('Version restaurée.'));
    const again = await openPage(restored);
    expect(again.copy.state).toMatchObject({ mode: 'stale', passages: ['Ouverture.', 'Tapé hors ligne.'] });
    expect(text(again.doc)).toBe('');
    // Until the user chooses, the copy and its old epoch stay: a reload asks again.
    expect(await readCopyRecord(ACCOUNT, DOCUMENT)).toMatchObject({ epoch: 1 });

    await again.copy.dropStale();
    expect(again.copy.state).toMatchObject({ mode: 'on', passages: [], restored: false });
    expect(await readCopyRecord(ACCOUNT, DOCUMENT)).toMatchObject({ epoch: 2 });
    close(again);
    const third = await openPage(restored);
    expect(third.copy.state.mode).toBe('on');
    expect(text(third.doc)).not.toContain('Tapé hors ligne.');
  });

  it('drops an older copy silently when the server had all of it', async () => {
    close(await firstOpening(1));
    const again = await openPage(minutes(2, body('Version restaurée.')));
    expect(again.copy.state).toMatchObject({ mode: 'on', explanation: null, restored: false });
    expect(text(again.doc)).toBe('');
  });

  it('drops the copy of a validated document with an explanation when offline edits are lost', async () => {
    const first = await firstOpening(1);
    writeBodyContent(first.doc, body('Ouverture.', 'Tapé hors ligne.'));
    await settle();
    close(first);
    const again = await openPage(minutes(2, body('Ouverture.'), 'validated'));
    expect(again.copy.state).toMatchObject({ mode: 'on', explanation: VALIDATED_EXPLANATION });
    expect(text(again.doc)).toBe('');
  });

  it('drops the copy of a deleted document', async () => {
    const first = await firstOpening(1);
    writeBodyContent(first.doc, body('Ouverture.', 'Tapé hors ligne.'));
    await settle();
    close(first);
    expect(await dropDeletedCopy(ACCOUNT, DOCUMENT)).toMatch(/supprimé/);
    expect(await readCopyRecord(ACCOUNT, DOCUMENT)).toBeNull();
  });

  it('keeps nothing when « Garder les documents hors ligne » is off', async () => {
    const db = await openMeta(ACCOUNT);
    await new Promise((resolve) => {
      const transaction = db.transaction('settings', 'readwrite');
      transaction.objectStore('settings').put(false, 'keepOffline');
      transaction.oncomplete = resolve;
    });
    db.close();
    const page = await openPage(minutes(1));
    expect(page.copy.state.mode).toBe('off');
    expect(await readCopyRecord(ACCOUNT, DOCUMENT)).toBeNull();
  });

  it('records the state the server acknowledged, and whether some edit is not', async () => {
    const page = await openPage(minutes(1), true);
    writeBodyContent(page.doc, body('Ouverture.'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const record = await readCopyRecord(ACCOUNT, DOCUMENT);
    expect(record).toMatchObject({ unsynced: true });
  });

  it('lets go of its database when « Se déconnecter » wipes the account', async () => {
    const page = await openPage(minutes(1));
    await deleteAccountDatabases(ACCOUNT);
    expect(page.copy.state.mode).toBe('off');
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names.filter((name) => name?.startsWith(`minutier:${ACCOUNT}:`))).toEqual([]);
  });
});
