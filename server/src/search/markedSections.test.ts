import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SearchResponse, SearchResult } from '../../../shared/api/search';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const markedSection = (kind: 'annexes' | 'nextMeetings', text: string) => ({ type: 'markedSection', attrs: { kind }, content: [paragraph(text)] });

/** Appends a paragraph inside the document's marked section of that kind, as an editor would. */
function writeIntoMarkedSection(doc: Y.Doc, kind: string, text: string): void {
  const section = doc
    .getXmlFragment(BODY_FRAGMENT)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'markedSection' && node.getAttribute('kind') === kind);
  if (!section) throw new Error(`no ${kind} section in the document`);
  doc.transact(() => {
    const added = new Y.XmlElement('paragraph');
    added.insert(0, [new Y.XmlText(text)]);
    section.push([added]);
  });
}

describe('SPEC Q6: search covers the « Annexes » and « Prochaines réunions » sections', () => {
  let server: TestServer;
  let documentId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const created = await server.api('/api/minutes', {
      body: {
        meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' },
        content: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Actualités' }] },
            paragraph('Le point sur les hébergements.'),
            markedSection('nextMeetings', 'Le 31 janvier 2014 à la Maison des associations de Belleville.'),
            markedSection('annexes', 'Bibliographie : rapport du Groupe d’experts sur la lutte contre la traite.'),
          ],
        },
      },
    });
    expect(created.status).toBe(201);
    documentId = ((await created.json()) as { id: string }).id;
  });
  afterAll(() => server.close());

  const search = async (words: string): Promise<SearchResult[]> => {
    const response = await server.api(`/api/search?q=${encodeURIComponent(words)}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as SearchResponse).results;
  };

  it('Q6: a word only in the annexes is found, the result naming the « Annexes » section', async () => {
    expect(await search('bibliographie')).toMatchObject([{ documentId, kind: 'paragraph', section: 'Annexes', blockId: 'n3' }]);
  });

  it('Q6: a word only in « Prochaines réunions » is found, the result naming that section', async () => {
    expect(await search('Belleville')).toMatchObject([{ documentId, kind: 'paragraph', section: 'Prochaines réunions', blockId: 'n2' }]);
  });

  it('Q6: an annex’s label is found, the result naming the « Annexes » section and the annex', async () => {
    const annexed = await server.api('/api/minutes', {
      body: {
        meta: { title: 'Réunion du Collectif', meetingDate: '2014-01-31' },
        content: {
          type: 'doc',
          content: [
            paragraph('Ordre du jour.'),
            { type: 'markedSection', attrs: { kind: 'annexes' }, content: [{ type: 'annex', attrs: { id: 'annexe-1', kind: 'minutes', documentId, label: 'Réponse de la Miprof du 24 mai 2013' } }] },
          ],
        },
      },
    });
    expect(annexed.status).toBe(201);
    const annexedId = ((await annexed.json()) as { id: string }).id;
    expect(await search('Miprof')).toMatchObject([{ documentId: annexedId, kind: 'paragraph', section: 'Annexes', blockId: 'annexe-1' }]);
  });

  it('Q4, Q6: words typed into either section are found once the typing pauses', async () => {
    const writer = connectClient(server.collabUrl, documentId, server.admin.token);
    try {
      await synced(writer);
      writeIntoMarkedSection(writer.doc, 'annexes', 'Glossaire des sigles.');
      writeIntoMarkedSection(writer.doc, 'nextMeetings', 'Le 14 mars 2014 à Ménilmontant.');
      await eventually(async () => expect(await search('glossaire')).toMatchObject([{ documentId, section: 'Annexes' }]), 8000);
      await eventually(async () => expect(await search('menilmontant')).toMatchObject([{ documentId, section: 'Prochaines réunions' }]), 8000);
    } finally {
      writer.destroy();
    }
  });
});
