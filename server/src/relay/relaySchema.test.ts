import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeta, writeMeta } from '../../../shared/model/meta';
import { readParticipants, updateParticipant, writeParticipants } from '../../../shared/model/participants';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { readBodyContent, writeBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { SCHEMA_VERSION } from '../../../shared/schema/schemaVersion';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { openRawSocket } from '../testing/rawSocket';
import { type TestServer, startTestServer } from '../testing/testServer';

describe('relay and the document model', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const client = (id: string) => {
    const c = connectClient(server.collabUrl, id, server.admin.token);
    clients.push(c);
    return c;
  };
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  const seeded = async () => {
    const id = await server.createDocument('Réunion du 22 novembre 2013');
    const author = client(id);
    await synced(author);
    writeBodyContent(author.doc, {
      type: 'doc',
      content: [
        {
          type: 'speakerTurn',
          attrs: { id: 't1', organisation: 'Mouvement du Nid', person: '', role: '' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'L’association précise…' }] }],
        },
      ],
    });
    writeParticipants(author.doc, [{ id: 'p1', organisation: 'Mouvement du Nid', people: [], attendance: 'present' }]);
    return { id, author };
  };

  it('R15: an editor declaring an older schema is refused before any byte, and the document keeps its content', async () => {
    const { id, author } = await seeded();
    const stale = openRawSocket(server.collabUrl, id, { token: server.admin.token, schema: String(SCHEMA_VERSION - 1) });
    const { code } = await stale.closed;
    expect(code).toBe(CloseCode.outdatedSchema);
    expect(stale.frames).toEqual([]);
    const garbage = openRawSocket(server.collabUrl, id, { token: server.admin.token, schema: 'abc' });
    expect((await garbage.closed).code).toBe(CloseCode.outdatedSchema);

    const current = openRawSocket(server.collabUrl, id, { token: server.admin.token, schema: String(SCHEMA_VERSION) });
    await current.opened;
    await eventually(() => expect(current.frames.length).toBeGreaterThan(0));
    current.socket.close();
    await eventually(async () => {
      const read = (await (await server.api(`/api/minutes/${id}`)).json()) as { content: { content: unknown[] } };
      expect(read.content.content).toHaveLength(1);
    });
    expect(author.doc.getXmlFragment(BODY_FRAGMENT).length).toBe(1);
  });

  it('two clients see each other’s attribute and participant changes', async () => {
    const { id, author } = await seeded();
    const other = client(id);
    await synced(other);
    await eventually(() => expect(readParticipants(other.doc)).toHaveLength(1));

    const turn = author.doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement;
    turn.setAttribute('person', 'Pierre Albert');
    updateParticipant(other.doc, 'p1', { people: ['Pierre Albert'], attendance: 'excused' });

    await eventually(() => {
      const body = readBodyContent(other.doc) as unknown as { content: Array<{ attrs: Record<string, unknown> }> };
      expect(body.content[0]!.attrs.person).toBe('Pierre Albert');
      expect(readParticipants(author.doc)[0]).toMatchObject({ people: ['Pierre Albert'], attendance: 'excused' });
    });
  });

  it('the minutes list follows a title and date changed in the document header', async () => {
    const { id, author } = await seeded();
    writeMeta(author.doc, { title: 'Compte-rendu du 22 novembre 2013 (corrigé)', meetingDate: '2013-11-22' });
    await eventually(async () => {
      const list = (await (await server.api('/api/minutes')).json()) as {
        minutes: Array<{ id: string; meta: { title: string; meetingDate?: string } }>;
      };
      expect(list.minutes.find((m) => m.id === id)?.meta).toEqual({
        title: 'Compte-rendu du 22 novembre 2013 (corrigé)',
        meetingDate: '2013-11-22',
      });
    });
    expect(readMeta(author.doc).title).toBe('Compte-rendu du 22 novembre 2013 (corrigé)');
  });
});
