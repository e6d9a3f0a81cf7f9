import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { MinutesDocument } from '../../../shared/api/minutes';
import { annexReferencesOf } from '../../../shared/export/annexReferences';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import type { TestServer, TestUser } from '../testing/testServer';

/** Helpers of the annex API tests: upload as a browser does, and annex nodes written as an editor does. */

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function uploadAnnex(server: TestServer, documentId: string, name: string, bytes: Uint8Array, as: TestUser | null = server.admin) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${server.url}/api/minutes/${documentId}/annexes`, {
    method: 'POST',
    headers: as ? { authorization: `Bearer ${as.token}` } : {},
    body: form,
  });
}

export async function uploadedId(response: Response): Promise<string> {
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export type AnnexNode = { kind: 'file'; annexId: string; label: string } | { kind: 'minutes'; documentId: string; label: string };

/** Appends an « Annexes » section holding `annexes` to the body, over the relay, and waits until the server reads them. */
export async function writeAnnexSection(server: TestServer, documentId: string, annexes: AnnexNode[]): Promise<void> {
  const editor = connectClient(server.collabUrl, documentId, server.admin.token);
  try {
    await synced(editor);
    const section = new Y.XmlElement('markedSection');
    section.setAttribute('kind', 'annexes');
    section.insert(
      0,
      annexes.map((annex) => {
        const node = new Y.XmlElement('annex');
        node.setAttribute('kind', annex.kind);
        node.setAttribute('annexId', annex.kind === 'file' ? annex.annexId : '');
        node.setAttribute('documentId', annex.kind === 'minutes' ? annex.documentId : '');
        node.setAttribute('label', annex.label);
        return node;
      }),
    );
    editor.doc.getXmlFragment(BODY_FRAGMENT).push([section]);
    await eventually(async () => {
      const read = (await (await server.api(`/api/minutes/${documentId}`)).json()) as MinutesDocument;
      if (annexReferencesOf(read.content).length !== annexes.length) throw new Error('annexes not stored yet');
    });
  } finally {
    editor.destroy();
  }
}
