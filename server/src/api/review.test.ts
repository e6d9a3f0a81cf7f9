import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApprovalsResponse, DiffResponse, VersionSummary } from '../../../shared/api/review';
import type { MinutesDocument } from '../../../shared/api/minutes';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { CloseCode } from '../../../shared/protocol/closeCodes';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const minutes = {
  meta: { title: 'Réunion du 22 novembre 2013' },
  participants: [
    { organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
    { organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' },
    { organisation: 'Comité Contre l’Esclavage Moderne (CCEM)', people: [], attendance: 'absent' },
  ],
  content: {
    type: 'doc',
    content: [
      { type: 'speakerTurn', attrs: { id: 't1', organisation: 'Hors la Rue', person: '', role: '' }, content: [paragraph('Le projet Resiland débute.')] },
      { type: 'speakerTurn', attrs: { id: 't2', organisation: 'Amicale du Nid', person: '', role: '' }, content: [paragraph('Un état des lieux est nécessaire.')] },
    ],
  },
};

/** The raw stored bytes of a document: its compacted state and its whole log. */
const storedBytes = (dbFile: string, id: string): string => {
  const db = new Database(dbFile, { readonly: true });
  try {
    const state = (db.prepare('SELECT state FROM documents WHERE id = ?').get(id) as { state: Buffer | null }).state;
    const log = db.prepare('SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq').all(id) as Array<{ seq: number; data: Buffer }>;
    return JSON.stringify({ state: state?.toString('base64'), log: log.map((row) => [row.seq, row.data.toString('base64')]) });
  } finally {
    db.close();
  }
};

/** Appends text to the first paragraph of the n-th speaker turn, as an editor would. */
const typeInTurn = (client: CollabClient, turn: number, text: string) => {
  const turnElement = client.doc.getXmlFragment(BODY_FRAGMENT).get(turn) as Y.XmlElement;
  const textNode = (turnElement.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
};

describe('review and validation', () => {
  let server: TestServer;
  let id: string;
  const clients: CollabClient[] = [];
  const client = (as: TestUser = server.admin) => {
    const c = connectClient(server.collabUrl, id, as.token);
    clients.push(c);
    return c;
  };
  const memberOf = async (association: string): Promise<TestUser> => {
    const created = (await (await server.api('/api/associations', { body: { name: association } })).json()) as { id: string };
    const member = await server.createUser('member');
    await server.accounts.updateUser(member.user.id, { associationId: created.id });
    return { ...member, user: { ...member.user, associationId: created.id } };
  };
  const versions = async () =>
    ((await (await server.api(`/api/minutes/${id}/versions`)).json()) as { versions: VersionSummary[] }).versions;
  const approvals = async () => (await (await server.api(`/api/minutes/${id}/approvals`)).json()) as ApprovalsResponse;

  beforeEach(async () => {
    server = await startTestServer();
    const response = await server.api('/api/minutes', { body: minutes });
    id = ((await response.json()) as { id: string }).id;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('W1: status changes create versions and only the secretariat or coordination may make them', async () => {
    const member = await server.createUser('member');
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' }, as: member })).status).toBe(403);
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'validated' } })).status).toBe(400);
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } })).status).toBe(200);
    expect((await (await server.api(`/api/minutes/${id}`)).json()) as { status: string }).toMatchObject({ status: 'review' });
    expect((await versions()).map((v) => [v.kind, v.label])).toEqual([['status', 'Passage en relecture']]);
  });

  it('W2: the diff between two versions names the changed speaker turn', async () => {
    const first = (await (await server.api(`/api/minutes/${id}/versions`, { body: { label: 'Avant corrections' } })).json()) as { id: string };
    const editor = client();
    await synced(editor);
    typeInTurn(editor, 1, ' Il n’existe qu’un seul foyer.');
    await eventually(async () => {
      const diff = (await (await server.api(`/api/minutes/${id}/diff?from=${first.id}&to=current`)).json()) as DiffResponse;
      expect(diff.changes.map((change) => change.label)).toEqual(['Tour de parole — Amicale du Nid']);
      expect(diff.changes[0]!.ops).toContainEqual({ op: 'insert', text: ' Il n’existe qu’un seul foyer.' });
    });
  });

  it('W3: an approval names a version and becomes « modifié depuis » after an edit, until approved again', async () => {
    const horsLaRue = await memberOf('Hors la Rue');
    await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
    const [inReview] = await versions();
    expect((await approvals()).associations.map((a) => [a.organisation, a.state])).toEqual([
      ['Hors la Rue', 'none'],
      ['Amicale du Nid', 'none'],
    ]);
    const approve = (versionId: string) => server.api(`/api/minutes/${id}/approvals`, { body: { versionId }, as: horsLaRue });
    expect((await approve(inReview!.id)).status).toBe(201);
    expect((await approvals()).associations[0]).toMatchObject({ state: 'current', approval: { hash: inReview!.hash } });

    const editor = client();
    await synced(editor);
    typeInTurn(editor, 0, ' Correction.');
    await eventually(async () => expect((await approvals()).associations[0]!.state).toBe('stale'));

    // Approving « the text as it is now » records its version and the approval together.
    expect((await approve('current')).status).toBe(201);
    expect((await approvals()).associations[0]!.state).toBe('current');
    // Recorded by the server, not by hand: the list must not say « Enregistrée à la main ».
    expect((await versions())[0]).toMatchObject({ label: 'Version approuvée par Hors la Rue', kind: 'automatic' });
  });

  it('W4: a validated compte-rendu refuses every update, even the coordination’s, and its stored bytes do not change', async () => {
    const editor = client();
    await synced(editor);
    const closes: number[] = [];
    editor.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    const validated = await server.api(`/api/minutes/${id}/validate`, {
      body: { meetingDate: '2014-02-17', note: 'Adopté à l’unanimité', confirmWithoutUnanimity: true },
    });
    expect(validated.status).toBe(201);
    await eventually(() => expect(closes).toContain(CloseCode.rightsChanged));
    await eventually(() => expect(editor.provider.synced).toBe(true));
    const before = storedBytes(server.dbFile, id);

    typeInTurn(editor, 0, ' FALSIFIÉ');
    const late = client();
    await synced(late);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(late.doc.getXmlFragment(BODY_FRAGMENT).toString()).not.toContain('FALSIFIÉ');
    expect(storedBytes(server.dbFile, id)).toBe(before);

    const read = (await (await server.api(`/api/minutes/${id}`)).json()) as Record<string, unknown>;
    expect(read).toMatchObject({ status: 'validated', access: 'read', validation: { meetingDate: '2014-02-17', note: 'Adopté à l’unanimité' } });
    // The validated version is named with the meeting's date in French, never `AAAA-MM-JJ`.
    expect((await versions())[0]).toMatchObject({ kind: 'validation', label: 'Version validée (réunion du 17 février 2014)' });
    expect((await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17' } })).status).toBe(409);
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'draft' } })).status).toBe(409);
  });

  it('W9: a compte-rendu with a pending suggestion cannot be validated until it is decided', async () => {
    const insertion = { type: 'insertion', attrs: { id: 's1', userId: 'u1', author: 'Hélène De Rugy', association: 'Amicale du Nid' } };
    const withSuggestion = structuredClone(minutes);
    withSuggestion.content.content[1]!.content[0] = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Un état des lieux est nécessaire.' }, { type: 'text', text: ' Urgent.', marks: [insertion] } as never],
    };
    const created = await server.api('/api/minutes', { body: withSuggestion });
    const suggestedId = ((await created.json()) as { id: string }).id;

    const refused = await server.api(`/api/minutes/${suggestedId}/validate`, { body: { meetingDate: '2014-02-17' } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toBe(
      '1 suggestion est en attente : acceptez-la ou refusez-la avant de valider.',
    );
    const read = (await (await server.api(`/api/minutes/${suggestedId}`)).json()) as { status: string; access: string };
    expect(read).toMatchObject({ status: 'draft', access: 'write' });
  });

  it('W14: a validated compte-rendu cannot be deleted until it is reopened', async () => {
    await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
    await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17', confirmWithoutUnanimity: true } });
    const refused = await server.api(`/api/minutes/${id}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Ce compte-rendu est validé/);
    expect((await server.api(`/api/minutes/${id}`)).status).toBe(200);

    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Doublon à supprimer' } })).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}`)).status).toBe(404);
  });

  it('W5: reopening needs a reason, unfreezes the text and keeps the validated version and its approvals', async () => {
    const horsLaRue = await memberOf('Hors la Rue');
    await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
    const [inReview] = await versions();
    await server.api(`/api/minutes/${id}/approvals`, { body: { versionId: inReview!.id }, as: horsLaRue });
    await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17', confirmWithoutUnanimity: true } });
    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: '' } })).status).toBe(400);
    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Erreur de date' }, as: horsLaRue })).status).toBe(403);
    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Erreur dans la partie II' } })).status).toBe(200);

    expect((await versions()).map((v) => v.kind)).toEqual(['reopen', 'validation', 'status']);
    expect((await approvals()).associations[0]!.approval?.versionId).toBe(inReview!.id);
    const editor = client();
    await synced(editor);
    typeInTurn(editor, 0, ' Rouvert.');
    await eventually(async () => {
      const read = (await (await server.api(`/api/minutes/${id}`)).json()) as { content: unknown; status: string };
      expect(read.status).toBe('draft');
      expect(JSON.stringify(read.content)).toContain('Rouvert.');
    });
  });

  it('R29, W15: the epoch read with the document grows with a restore and a validation, not with a reopening', async () => {
    const epoch = async () => ((await (await server.api(`/api/minutes/${id}`)).json()) as MinutesDocument).epoch;
    expect(await epoch()).toBe(1);
    const original = (await (await server.api(`/api/minutes/${id}/versions`, { body: { label: 'Originale' } })).json()) as { id: string };
    expect(await epoch()).toBe(1);
    expect((await server.api(`/api/minutes/${id}/versions/${original.id}/restore`, { method: 'POST' })).status).toBe(201);
    expect(await epoch()).toBe(2);
    await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17', confirmWithoutUnanimity: true } });
    expect(await epoch()).toBe(3);
    await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Erreur de date' } });
    expect(await epoch()).toBe(3);
  });

  it('W6: restoring a version writes it forward and every connected client converges on it', async () => {
    const original = (await (await server.api(`/api/minutes/${id}/versions`, { body: { label: 'Originale' } })).json()) as { id: string };
    const alice = client();
    const bob = client();
    await Promise.all([synced(alice), synced(bob)]);
    typeInTurn(alice, 0, ' Ajout à annuler.');
    await eventually(() => expect(bob.doc.getXmlFragment(BODY_FRAGMENT).toString()).toContain('Ajout à annuler.'));

    const restored = await server.api(`/api/minutes/${id}/versions/${original.id}/restore`, { method: 'POST' });
    expect(restored.status).toBe(201);
    await eventually(() => {
      for (const c of [alice, bob]) expect(c.doc.getXmlFragment(BODY_FRAGMENT).toString()).not.toContain('Ajout à annuler.');
      expect(alice.doc.getXmlFragment(BODY_FRAGMENT).toString()).toBe(bob.doc.getXmlFragment(BODY_FRAGMENT).toString());
    });
    const read = (await (await server.api(`/api/minutes/${id}`)).json()) as { content: unknown };
    expect(read.content).toEqual(minutes.content);
    expect((await versions()).map((v) => [v.label, v.kind])).toEqual([
      // Issue 15, point 21: no-break spaces inside the guillemets, as French typography wants.
      ['Restauration de «\u00A0Originale\u00A0»', 'restore'],
      ['Avant la restauration de «\u00A0Originale\u00A0»', 'automatic'],
      ['Originale', 'manual'],
    ]);
  });
});
