import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnexListResponse, AnnexUploadResponse } from '../../../shared/api/annexes';
import { samplePdf, samplePng } from '../annexes/sampleAnnexFiles';
import { sha256, uploadAnnex, uploadedId } from '../annexes/annexTestHelpers';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

describe('annexes: who adds, reads and removes them (N1)', () => {
  let server: TestServer;
  let documentId: string;
  const users: Record<'reader' | 'member' | 'secretariat' | 'readShare' | 'writeShare' | 'outsider', TestUser> = {} as never;
  beforeAll(async () => {
    server = await startTestServer();
    documentId = await server.createDocument('Réunion du 22 novembre 2013');
    users.reader = await server.createUser('reader');
    users.member = await server.createUser('member');
    users.secretariat = await server.createUser('secretariat');
    const other = await server.createCollective('Autre collectif');
    users.readShare = await server.createUser('coordination', { collectiveId: other });
    users.writeShare = await server.createUser('coordination', { collectiveId: other });
    users.outsider = await server.createUser('coordination', { collectiveId: other });
    for (const [who, access] of [[users.readShare, 'read'], [users.writeShare, 'write']] as const) {
      const shared = await server.api(`/api/minutes/${documentId}/shares`, { method: 'PUT', body: { email: who.user.email, access } });
      expect(shared.status).toBe(200);
    }
  });
  afterAll(() => server.close());

  const download = (annexId: string, as: TestUser | null = server.admin) => server.api(`/api/minutes/${documentId}/annexes/${annexId}`, { as });
  const remove = (annexId: string, as: TestUser = server.admin) =>
    server.api(`/api/minutes/${documentId}/annexes/${annexId}`, { method: 'DELETE', as });

  it('N1: the secretariat and the coordination upload; readers, members and shares cannot; another collective gets 404', async () => {
    const pdf = samplePdf('Lettre au ministre');
    const byCoordination = await uploadAnnex(server, documentId, 'Lettre au ministre.pdf', pdf);
    expect(byCoordination.status).toBe(201);
    expect((await byCoordination.json()) as AnnexUploadResponse).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      name: 'Lettre au ministre.pdf',
      size: pdf.length,
      sha256: sha256(pdf),
    });
    expect((await uploadAnnex(server, documentId, 'photo.png', samplePng(), users.secretariat)).status).toBe(201);
    for (const who of [users.reader, users.member, users.readShare, users.writeShare]) {
      const refused = await uploadAnnex(server, documentId, 'x.pdf', pdf, who);
      expect(refused.status, who.user.name).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toBe(
        'Seuls le secrétariat et la coordination du collectif ajoutent ou retirent des annexes.',
      );
    }
    expect((await uploadAnnex(server, documentId, 'x.pdf', pdf, users.outsider)).status).toBe(404);
    expect((await uploadAnnex(server, documentId, 'x.pdf', pdf, null)).status).toBe(401);
    const listed = (await (await server.api(`/api/minutes/${documentId}/annexes`)).json()) as AnnexListResponse;
    expect(listed.annexes.map((annex) => [annex.name, annex.mediaType])).toEqual([
      ['Lettre au ministre.pdf', 'application/pdf'],
      ['photo.png', 'image/png'],
    ]);
    expect(listed.validated).toBeNull();
  });

  it('N1: everyone who may read the compte-rendu lists and downloads its annexes, nobody else', async () => {
    const pdf = samplePdf('Rapport d’atelier');
    const annexId = await uploadedId(await uploadAnnex(server, documentId, 'rapport.pdf', pdf));
    for (const who of [server.admin, users.secretariat, users.member, users.reader, users.readShare, users.writeShare]) {
      const response = await download(annexId, who);
      expect(response.status, who.user.name).toBe(200);
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(pdf));
      expect((await server.api(`/api/minutes/${documentId}/annexes`, { as: who })).status).toBe(200);
    }
    expect((await download(annexId, users.outsider)).status).toBe(404);
    expect((await server.api(`/api/minutes/${documentId}/annexes`, { as: users.outsider })).status).toBe(404);
    expect((await download(annexId, null)).status).toBe(401);
    // An annex of another compte-rendu is unknown here, even to its own coordination.
    const otherDocument = await server.createDocument('Autre réunion');
    expect((await server.api(`/api/minutes/${otherDocument}/annexes/${annexId}`)).status).toBe(404);
  });

  it('N1: readers held to the external version by the collective download no annex file', async () => {
    const annexId = await uploadedId(await uploadAnnex(server, documentId, 'lettre.pdf', samplePdf('Lettre')));
    const held = { ...(await (await server.api('/api/settings/export')).json()), readersExternalOnly: true };
    expect((await server.api('/api/settings/export', { method: 'PUT', body: held })).status).toBe(200);
    try {
      const refused = await download(annexId, users.reader);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toContain('ne comprend pas les annexes');
      expect((await download(annexId, users.member)).status).toBe(200);
    } finally {
      expect((await server.api('/api/settings/export', { method: 'PUT', body: { ...held, readersExternalOnly: false } })).status).toBe(200);
    }
    expect((await download(annexId, users.reader)).status).toBe(200);
  });

  it('N1: a PDF carrying JavaScript is stored as is and only ever served as a sandboxed attachment', async () => {
    const hostile = samplePdf('Annexe', true);
    const uploaded = (await (await uploadAnnex(server, documentId, 'piège.pdf', hostile)).json()) as AnnexUploadResponse;
    const response = await download(uploaded.id, users.reader);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="piege.pdf"; filename*=UTF-8''pi%C3%A8ge.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(hostile));
  });

  it('N1: the secretariat and the coordination remove an annex, its bytes with it; others cannot', async () => {
    const annexId = await uploadedId(await uploadAnnex(server, documentId, 'brouillon.pdf', samplePdf('Brouillon')));
    for (const who of [users.reader, users.member, users.readShare, users.writeShare]) expect((await remove(annexId, who)).status).toBe(403);
    expect((await remove(annexId, users.outsider)).status).toBe(404);
    expect((await remove(annexId, users.secretariat)).status).toBe(200);
    expect((await download(annexId)).status).toBe(404);
    expect((await remove(annexId)).status).toBe(404);
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; target: string; details: Record<string, unknown> }> };
    expect(audit.entries).toContainEqual(expect.objectContaining({ action: 'annex.deleted', target: documentId, details: expect.objectContaining({ annexId, name: 'brouillon.pdf' }) }));
    expect(audit.entries).toContainEqual(expect.objectContaining({ action: 'annex.uploaded', target: documentId, details: expect.objectContaining({ annexId }) }));
  });
});
