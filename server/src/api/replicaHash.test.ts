import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { ApprovalsResponse } from '../../../shared/api/review';
import { contentHash, contentOf } from '../../../shared/review/documentContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, startTestServer } from '../testing/testServer';

describe('the current text’s hash on an editor’s replica (W10)', () => {
  let server: TestServer;
  let editor: CollabClient;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('W10: an editor hashing its own synced replica finds the server’s current hash, before and after an edit', async () => {
    const created = await server.api('/api/minutes', {
      body: {
        meta: { title: 'Réunion', meetingDate: '2013-11-22', place: 'Paris' },
        participants: [{ organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' }],
        content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le projet débute.', marks: [{ type: 'bold' }] }] }] },
      },
    });
    const id = ((await created.json()) as { id: string }).id;
    const serverHash = async () => ((await (await server.api(`/api/minutes/${id}/approvals`)).json()) as ApprovalsResponse).currentHash;
    editor = connectClient(server.collabUrl, id, server.admin.token);
    await synced(editor);
    expect(contentHash(contentOf(editor.doc))).toBe(await serverHash());

    const text = (editor.doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(text.length, ' Suite.');
    const edited = contentHash(contentOf(editor.doc));
    await eventually(async () => expect(await serverHash()).toBe(edited));
  });
});
