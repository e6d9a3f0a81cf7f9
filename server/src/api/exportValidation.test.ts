import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionSummary } from '../../../shared/api/review';
import { type TestServer, startTestServer } from '../testing/testServer';

const STATEMENT = 'Validé lors de la réunion du Collectif du 17 février 2014 — Adopté à l’unanimité';
const minutes = {
  meta: { title: 'Réunion du 22 novembre 2013' },
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un état des lieux est nécessaire.' }] }] },
};

/** What a reader of each file sees: the HTML page's text, the DOCX through mammoth. */
async function exported(server: TestServer, id: string, format: 'html' | 'docx', profile: 'internal' | 'external'): Promise<string> {
  const response = await server.api(`/api/minutes/${id}/export?format=${format}&profile=${profile}`);
  expect(response.status, `${format} ${profile}`).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  const html = format === 'docx' ? (await mammoth.convertToHtml({ buffer: bytes })).value : bytes.toString('utf8');
  return html.replace(/<[^>]+>/g, ' ').replace(/&apos;|&#39;/g, '’').replace(/\s+/g, ' ');
}

describe('W13: exports of a validated compte-rendu state its validation', () => {
  let server: TestServer;
  let id: string;
  let hash: string;

  beforeAll(async () => {
    server = await startTestServer();
    const created = await server.api('/api/minutes', { body: minutes });
    expect(created.status).toBe(201);
    ({ id } = (await created.json()) as { id: string });
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } })).status).toBe(200);
    const validated = await server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-02-17', note: 'Adopté à l’unanimité' } });
    expect(validated.status).toBe(201);
    const { versions } = (await (await server.api(`/api/minutes/${id}/versions`)).json()) as { versions: VersionSummary[] };
    hash = versions.find((version) => version.kind === 'validation')?.hash ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('prints the statement in the HTML and DOCX exports, internal and external', async () => {
    for (const format of ['html', 'docx'] as const) {
      for (const profile of ['internal', 'external'] as const) {
        const text = await exported(server, id, format, profile);
        expect(text, `${format} ${profile}`).toContain(STATEMENT);
        expect(text.indexOf('Réunion du 22 novembre 2013'), `${format} ${profile}`).toBeLessThan(text.indexOf(STATEMENT));
        expect(text.indexOf(STATEMENT), `${format} ${profile}`).toBeLessThan(text.indexOf('Un état des lieux'));
      }
    }
  });

  it('adds the validated version’s whole hash to the internal version only', async () => {
    for (const format of ['html', 'docx'] as const) {
      expect(await exported(server, id, format, 'internal'), format).toContain(`Version validée : sha256 ${hash}`);
      const external = await exported(server, id, format, 'external');
      expect(external, format).not.toContain(hash);
      expect(external, format).not.toContain('Version validée');
    }
  });

  it('says nothing of a validation once the compte-rendu is reopened', async () => {
    expect((await server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Erreur dans un tour de parole' } })).status).toBe(200);
    for (const format of ['html', 'docx'] as const) {
      const text = await exported(server, id, format, 'internal');
      expect(text, format).toContain('Un état des lieux');
      expect(text, format).not.toMatch(/Validé lors|Version validée|sha256/);
    }
  });
});
