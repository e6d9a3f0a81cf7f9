import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf, samplePng } from '../annexes/sampleAnnexFiles';
import { sha256, uploadAnnex, uploadedId, writeAnnexSection } from '../annexes/annexTestHelpers';
import { watchEventLoop } from '../testing/eventLoopBlocking';
import { type TestServer, startTestServer } from '../testing/testServer';

describe('N6: the internal export as a ZIP bundle with the annexes', () => {
  let server: TestServer;
  let id: string;
  const letter = samplePdf('Lettre au ministre');
  const photo = samplePng();
  beforeAll(async () => {
    server = await startTestServer();
    id = await server.createDocument('Réunion du 22 novembre 2013');
    const linked = await server.createDocument('Réunion du 18 octobre 2013');
    const letterId = await uploadedId(await uploadAnnex(server, id, 'courrier.pdf', letter));
    const photoId = await uploadedId(await uploadAnnex(server, id, 'photo.png', photo));
    // Uploaded but no longer in the text: not part of what is sent.
    await uploadedId(await uploadAnnex(server, id, 'brouillon.pdf', samplePdf('Brouillon')));
    await writeAnnexSection(server, id, [
      { kind: 'file', annexId: letterId, label: 'Lettre au ministre du 12/11/2013' },
      { kind: 'minutes', documentId: linked, label: 'Compte-rendu de la réunion du 18 octobre 2013' },
      { kind: 'file', annexId: photoId, label: '' },
    ]);
  });
  afterAll(() => server.close());

  const bundle = async (query: string) => {
    const response = await server.api(`/api/minutes/${id}/export?format=zip&${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return { response, files: unzipSync(new Uint8Array(await response.arrayBuffer())) };
  };

  it('holds the compte-rendu in the chosen format and each file annex, numbered in document order, byte for byte', async () => {
    const { response, files } = await bundle('profile=internal&inner=md');
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.zip"/);
    const names = Object.keys(files);
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/\.md$/);
    expect(new TextDecoder().decode(files[names[0]!])).toContain('Réunion du 22 novembre 2013');
    expect(names.slice(1)).toEqual(['Annexe 1 - Lettre au ministre du 12-11-2013.pdf', 'Annexe 3 - photo.png']);
    expect(sha256(files['Annexe 1 - Lettre au ministre du 12-11-2013.pdf']!)).toBe(sha256(letter));
    expect(sha256(files['Annexe 3 - photo.png']!)).toBe(sha256(photo));
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; details: Record<string, unknown> }> };
    expect(audit.entries).toContainEqual(expect.objectContaining({ action: 'document.exported', details: { format: 'zip', inner: 'md', profile: 'internal' } }));
  });

  it('exports the compte-rendu as DOCX when no inner format is given', async () => {
    const { files } = await bundle('profile=internal');
    const [minutes] = Object.keys(files);
    expect(minutes).toMatch(/\.docx$/);
    expect(new TextDecoder().decode(files[minutes!]!.subarray(0, 2))).toBe('PK');
  });

  it('refuses the external profile, which never carries annexes, and an unknown inner format', async () => {
    const external = await server.api(`/api/minutes/${id}/export?format=zip&profile=external`);
    expect(external.status).toBe(400);
    expect(((await external.json()) as { error: string }).error).toBe('external_bundle');
    expect((await server.api(`/api/minutes/${id}/export?format=zip&inner=exe`)).status).toBe(400);
  });

  it('bundles two annexes of 19 Mo without holding the event loop long', { timeout: 60_000 }, async () => {
    const large = await server.createDocument('Réunion aux grosses annexes');
    const bytes = new Uint8Array(19 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    bytes.set(samplePdf());
    const first = await uploadedId(await uploadAnnex(server, large, 'premier.pdf', bytes));
    const second = await uploadedId(await uploadAnnex(server, large, 'second.pdf', bytes));
    await writeAnnexSection(server, large, [
      { kind: 'file', annexId: first, label: 'Premier rapport' },
      { kind: 'file', annexId: second, label: 'Second rapport' },
    ]);
    const loop = watchEventLoop();
    const response = await server.api(`/api/minutes/${large}/export?format=zip&profile=internal&inner=md`);
    const zipped = new Uint8Array(await response.arrayBuffer());
    const { maxHeldMs } = loop.stop();
    const files = unzipSync(zipped);
    expect(sha256(files['Annexe 2 - Second rapport.pdf']!)).toBe(sha256(bytes));
    // Measured: 11 to 19 ms (this process also runs the client, which reads the 38 Mo back).
    expect(maxHeldMs, `loop held at most ${maxHeldMs.toFixed(1)} ms`).toBeLessThan(100);
  });
});
