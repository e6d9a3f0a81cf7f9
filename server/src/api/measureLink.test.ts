import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureCitationsResponse } from '../../../shared/api/measureIndex';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { connectClient, eventually, synced } from '../testing/collabClient';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const PLAN = 'pan-teh-2014-2016';
const text = (value: string) => ({ type: 'text', text: value });

describe('POST /api/measures/link (SPEC X5)', () => {
  let server: TestServer;
  const create = async (sentence: string) => {
    const response = await server.api('/api/minutes', {
      body: { meta: { title: 'Réunion du Collectif', meetingDate: '2014-01-31' }, content: { type: 'doc', content: [{ type: 'paragraph', content: [text(sentence)] }] } },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const link = (documentId: string, as?: TestUser, phrase = 'mesures 21 et 22') =>
    server.api('/api/measures/link', { body: { documentId, blockId: 'n0', phrase, planId: PLAN, number: 22 }, as });
  const citations = async (number: number) =>
    ((await (await server.api(`/api/measures/${PLAN}/${number}/citations`)).json()) as MeasureCitationsResponse).citations;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('turns plain words into references through the relay: an open editor sees them, and they are counted', async () => {
    const id = await create('Les mesures 21 et 22 avancent.');
    expect(await citations(22)).toEqual([expect.objectContaining({ documentId: id, linked: false, phrase: 'mesures 21 et 22' })]);
    const editor = connectClient(server.collabUrl, id, server.admin.token);
    try {
      await synced(editor);
      const response = await link(id);
      expect(response.status).toBe(200);
      await eventually(() => {
        const body = editor.doc.getXmlFragment(BODY_FRAGMENT).toString();
        expect(body).toContain('number="21"');
        expect(body).toContain('number="22"');
      });
      expect(editor.text()).toBe('Les  et  avancent.');
      expect(await citations(22)).toEqual([expect.objectContaining({ documentId: id, linked: true, excerpt: 'Les mesure 21 et mesure 22 avancent.' })]);
    } finally {
      editor.destroy();
    }
  });

  it('refuses readers (403), a validated compte-rendu (409, in French), other collectives (404), words no longer there (409)', async () => {
    const id = await create('La mesure 22 attend.');
    const reader = await server.createUser('reader');
    expect((await link(id, reader, 'mesure 22')).status).toBe(403);
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    expect((await link(id, outsider, 'mesure 22')).status).toBe(404);
    expect((await link(id, undefined, 'mesure 23')).status).toBe(400);
    expect((await link(id, undefined, 'mesures 21 et 22')).status).toBe(409);
    const validated = await create('La mesure 22 validée.');
    expect((await server.api(`/api/minutes/${validated}/validate`, { body: { meetingDate: '2014-03-31' } })).status).toBe(201);
    const refused = await link(validated, undefined, 'mesure 22');
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toContain('validé');
    const member = await server.createUser('member');
    expect((await link(id, member, 'mesure 22')).status).toBe(200);
  });

  it('refuses a member who only suggests during the review (403)', async () => {
    const id = await create('La mesure 22 en relecture.');
    expect((await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } })).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } })).status).toBe(200);
    const member = await server.createUser('member');
    expect((await link(id, member, 'mesure 22')).status).toBe(403);
    expect((await link(id, undefined, 'mesure 22')).status).toBe(200);
  });
});
