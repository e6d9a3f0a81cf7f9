import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnexListResponse } from '../../../shared/api/annexes';
import type { Validation } from '../storage/documentStore';
import { samplePdf, samplePng } from '../annexes/sampleAnnexFiles';
import { sha256, uploadAnnex, uploadedId, writeAnnexSection } from '../annexes/annexTestHelpers';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

const FROZEN = 'Ce compte-rendu est validé : ses annexes sont figées avec lui. Rouvrez-le d’abord pour en ajouter ou en retirer.';

describe('annexes live and die with their compte-rendu (N4, N5)', () => {
  let server: TestServer;
  let secretariat: TestUser;
  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await server.createUser('secretariat');
  });
  afterAll(() => server.close());

  it('N5: deleting a compte-rendu deletes its annex files and their rows, and nothing of another document', async () => {
    const doomed = await server.createDocument('À supprimer');
    const kept = await server.createDocument('À garder');
    await uploadedId(await uploadAnnex(server, doomed, 'a.pdf', samplePdf('a')));
    await uploadedId(await uploadAnnex(server, doomed, 'b.png', samplePng()));
    const keptAnnex = await uploadedId(await uploadAnnex(server, kept, 'c.pdf', samplePdf('c')));
    expect(readdirSync(join(server.annexDir, doomed))).toHaveLength(2);

    expect((await server.api(`/api/minutes/${doomed}`, { method: 'DELETE' })).status).toBe(200);
    expect(existsSync(join(server.annexDir, doomed)) ? readdirSync(join(server.annexDir, doomed)) : []).toEqual([]);
    expect(await server.annexes.list(doomed)).toEqual([]);
    expect((await server.api(`/api/minutes/${kept}/annexes/${keptAnnex}`)).status).toBe(200);
  });

  it('N4: validating freezes the annexes: the validation records each referenced file’s SHA-256, uploads and deletions get 409', async () => {
    const id = await server.createDocument('Réunion du 22 novembre 2013');
    const linked = await server.createDocument('Réunion du 18 octobre 2013');
    const letter = samplePdf('Lettre au ministre');
    const letterId = await uploadedId(await uploadAnnex(server, id, 'lettre.pdf', letter));
    const photo = samplePng();
    const photoId = await uploadedId(await uploadAnnex(server, id, 'photo.png', photo));
    const unreferenced = await uploadedId(await uploadAnnex(server, id, 'brouillon.pdf', samplePdf('Brouillon')));
    await writeAnnexSection(server, id, [
      { kind: 'file', annexId: photoId, label: 'Photo de groupe' },
      { kind: 'minutes', documentId: linked, label: 'Compte-rendu de la réunion du 18 octobre 2013' },
      { kind: 'file', annexId: letterId, label: 'Lettre au ministre' },
    ]);

    const validated = await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-01-31', confirmWithoutUnanimity: true } });
    expect(validated.status).toBe(201);
    const frozen = [
      { annexId: photoId, name: 'photo.png', sha256: sha256(photo) },
      { annexId: letterId, name: 'lettre.pdf', sha256: sha256(letter) },
    ];
    expect(((await validated.json()) as Validation).annexes).toEqual(frozen);
    expect((await server.store.get(id))?.validation?.annexes).toEqual(frozen);
    const listed = (await (await server.api(`/api/minutes/${id}/annexes`)).json()) as AnnexListResponse;
    expect(listed.validated).toEqual(frozen);

    for (const who of [server.admin, secretariat]) {
      const upload = await uploadAnnex(server, id, 'après.pdf', samplePdf(), who);
      expect(upload.status).toBe(409);
      expect(((await upload.json()) as { message: string }).message).toBe(FROZEN);
      for (const annexId of [letterId, unreferenced]) {
        expect((await server.api(`/api/minutes/${id}/annexes/${annexId}`, { method: 'DELETE', as: who })).status).toBe(409);
      }
    }
    // Still readable, byte for byte.
    const served = await server.api(`/api/minutes/${id}/annexes/${letterId}`);
    expect(sha256(new Uint8Array(await served.arrayBuffer()))).toBe(sha256(letter));

    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Une annexe manquait' } })).status).toBe(200);
    expect((await uploadAnnex(server, id, 'après.pdf', samplePdf())).status).toBe(201);
    expect((await server.api(`/api/minutes/${id}/annexes/${unreferenced}`, { method: 'DELETE' })).status).toBe(200);
    expect(((await (await server.api(`/api/minutes/${id}/annexes`)).json()) as AnnexListResponse).validated).toBeNull();
  });
});
