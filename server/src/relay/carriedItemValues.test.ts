import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { readBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { peerUpdate, sendOnce } from '../testing/peerUpdate';
import { type TestServer, startTestServer } from '../testing/testServer';

const ORIGIN = 'AbCdEfGhIjKlMnOpQr_-12';

function storedDocument(dbFile: string, id: string): Y.Doc {
  const db = new Database(dbFile, { readonly: true });
  const doc = new Y.Doc({ gc: false });
  try {
    const row = db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null };
    if (row.state) Y.applyUpdate(doc, row.state);
    for (const { data } of db.prepare('SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq').all(id) as Array<{ data: Buffer }>) {
      Y.applyUpdate(doc, data);
    }
    return doc;
  } finally {
    db.close();
  }
}

/** An « À suivre » box as an editor's binding writes it. */
function actionItem(attributes: Record<string, string>): Y.XmlElement {
  const box = new Y.XmlElement('actionItem');
  for (const [name, value] of Object.entries(attributes)) box.setAttribute(name, value);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Relancer la Ministre.')]);
  box.insert(0, [paragraph]);
  return box;
}

describe('carried « À suivre » in the relay (schema 5, M9, A2)', () => {
  let server: TestServer;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer();
    id = await server.createDocument('Réunion du 31 janvier 2014');
  });
  afterAll(() => server.close());

  it('M9: takes a box with its origin and a link to another compte-rendu; refuses a forged origin or another relative link', async () => {
    const writer = connectClient(server.collabUrl, id, server.admin.token);
    try {
      await synced(writer);
      for (const forged of [
        peerUpdate(writer.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).push([actionItem({ id: 'a1', status: 'open', originDocument: '../../admin', originItem: 'a1' })])),
        peerUpdate(writer.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).push([actionItem({ id: 'a1', status: 'open', originDocument: ORIGIN, originItem: 'a b' })])),
        peerUpdate(writer.doc, (doc) => {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText()]);
          doc.getXmlFragment(BODY_FRAGMENT).push([paragraph]);
          (paragraph.get(0) as Y.XmlText).insert(0, 'ailleurs', { link: { href: '//evil.example/cr' } });
        }),
      ]) {
        expect(await sendOnce(server.collabUrl, id, server.admin.token, forged)).toBe(CloseCode.malformedFrame);
      }

      writer.doc.transact(() => {
        const paragraph = new Y.XmlElement('paragraph');
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        writer.doc.getXmlFragment(BODY_FRAGMENT).push([actionItem({ id: 'a1', status: 'open', originDocument: ORIGIN, originItem: 'a1' }), paragraph]);
        text.insert(0, 'compte-rendu du 22 novembre 2013', { link: { href: `/cr/${ORIGIN}` } });
      });
      await eventually(() => expect(JSON.stringify(readBodyContent(storedDocument(server.dbFile, id)))).toContain(`/cr/${ORIGIN}`));
      const stored = JSON.stringify(readBodyContent(storedDocument(server.dbFile, id)));
      expect(stored).toContain(`"originDocument":"${ORIGIN}"`);
      expect(stored).not.toMatch(/admin|evil|a b/);
    } finally {
      writer.destroy();
    }
  });
});
