import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { VersionSummary } from '../../../shared/api/review';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { type CollabClient, connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const minutes = {
  meta: { title: 'Réunion du 22 novembre 2013' },
  participants: [
    { organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
    { organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' },
    { organisation: 'Fondation Scelles', people: [], attendance: 'present' },
  ],
  content: { type: 'doc', content: [paragraph('Le projet Resiland débute.')] },
};

describe('validation without every association’s approval (W11)', () => {
  let server: TestServer;
  let id: string;
  let editor: CollabClient | null = null;
  const memberOf = async (association: string): Promise<TestUser> => {
    const created = (await (await server.api('/api/associations', { body: { name: association } })).json()) as { id: string };
    const member = await server.createUser('member');
    await server.accounts.updateUser(member.user.id, { associationId: created.id });
    return member;
  };
  const approve = (as: TestUser) => server.api(`/api/minutes/${id}/approvals`, { body: { versionId: 'current' }, as });
  const validate = (body: Record<string, unknown>) => server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17', ...body } });
  const statusOf = async () => ((await (await server.api(`/api/minutes/${id}`)).json()) as { status: string }).status;

  beforeEach(async () => {
    server = await startTestServer();
    id = ((await (await server.api('/api/minutes', { body: minutes })).json()) as { id: string }).id;
    await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
  });
  afterEach(async () => {
    editor?.destroy();
    editor = null;
    await server.close();
  });

  /** Amicale du Nid approves, the text changes, then Hors la Rue approves it: one current, one stale, one none. */
  async function splitApprovals() {
    const [horsLaRue, amicale] = [await memberOf('Hors la Rue'), await memberOf('Amicale du Nid')];
    expect((await approve(amicale)).status).toBe(201);
    editor = connectClient(server.collabUrl, id, server.admin.token);
    await synced(editor);
    const text = (editor.doc.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(text.length, ' Corrigé.');
    await eventually(async () => expect(JSON.stringify(await (await server.api(`/api/minutes/${id}`)).json())).toContain('Corrigé.'));
    expect((await approve(horsLaRue)).status).toBe(201);
  }

  it('W11: without every approval of this text, validation without the confirmation answers 409 in French and changes nothing', async () => {
    await splitApprovals();
    const refused = await validate({});
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      error: 'not_unanimous',
      message:
        '2 associations n’ont pas approuvé ce texte (Amicale du Nid, Fondation Scelles) : confirmez valider sans l’accord de toutes les associations.',
    });
    expect((await validate({ confirmWithoutUnanimity: false })).status).toBe(409);
    expect(await statusOf()).toBe('review');
    expect((await validate({ confirmWithoutUnanimity: 'oui' })).status).toBe(400);
  });

  it('W11: with the confirmation it validates, and the record lists who approved this text, an older one, or none', async () => {
    await splitApprovals();
    const versions = ((await (await server.api(`/api/minutes/${id}/versions`)).json()) as { versions: VersionSummary[] }).versions;
    const approvedBy = (label: string) => versions.find((version) => version.label === label)!.id;

    const accepted = await validate({ confirmWithoutUnanimity: true });
    expect(accepted.status).toBe(201);
    const expected = {
      withoutUnanimity: true,
      approvals: [
        { organisation: 'Hors la Rue', state: 'current', versionId: approvedBy('Version approuvée par Hors la Rue') },
        { organisation: 'Amicale du Nid', state: 'stale', versionId: approvedBy('Version approuvée par Amicale du Nid') },
        { organisation: 'Fondation Scelles', associationId: null, state: 'none', versionId: null, approvedAt: null },
      ],
    };
    expect(await accepted.json()).toMatchObject(expected);
    expect((await server.store.get(id))?.validation).toMatchObject(expected);
    expect(await statusOf()).toBe('validated');
  });

  it('W11: when every association present approved this exact text, no confirmation is needed', async () => {
    const unanimous = { ...minutes, participants: minutes.participants.slice(0, 1) };
    id = ((await (await server.api('/api/minutes', { body: unanimous })).json()) as { id: string }).id;
    await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
    expect((await approve(await memberOf('Hors la Rue'))).status).toBe(201);

    const accepted = await validate({});
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ withoutUnanimity: false, approvals: [{ organisation: 'Hors la Rue', state: 'current' }] });
  });
});
