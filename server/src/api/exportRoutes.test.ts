import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormats } from '../../../shared/export/exportFormats';
import { defaultExportSettings, type ExportOptionsResponse, type ExportSettings } from '../../../shared/export/exportSettings';
import { sampleMinutes } from '../../../shared/export/testing/sampleMinutes';
import { createPdfPrinter } from '../export/renderPdf';
import { type TestServer, startTestServer } from '../testing/testServer';

const FILE = '2013-11-22-compte-rendu-ensemble-contre-la-traite';

describe('GET /api/minutes/:id/export and /api/settings/export', () => {
  const pdf = createPdfPrinter();
  let server: TestServer;
  let id: string;

  beforeEach(async () => {
    server = await startTestServer({ pdf });
    const { meta, participants, content } = sampleMinutes();
    const created = await server.api('/api/minutes', { body: { meta, participants, content } });
    expect(created.status).toBe(201);
    id = ((await created.json()) as { id: string }).id;
  });
  afterEach(async () => {
    await server.close();
  });
  afterAll(() => pdf.close());

  const exportOf = (query: string, as = server.admin) => server.api(`/api/minutes/${id}/export?${query}`, { as });
  const messageOf = async (response: Response) => ((await response.json()) as { message: string }).message;

  it('serves every format with its content type and a file name that says what it is', async () => {
    for (const format of EXPORT_FORMATS) {
      const response = await exportOf(`format=${format}&profile=internal`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type')).toBe(exportFormats[format].contentType);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${FILE}.${format}"; filename*=UTF-8''${FILE}.${format}`,
      );
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const body = Buffer.from(await response.arrayBuffer());
      const start = body.subarray(0, 80).toString('latin1');
      if (format === 'odt') expect(start).toMatch(/^PK\u0003\u0004[\s\S]*mimetypeapplication\/vnd\.oasis\.opendocument\.text/);
      if (format === 'docx') expect(start.startsWith('PK\u0003\u0004')).toBe(true);
      if (format === 'pdf') expect(start.startsWith('%PDF-')).toBe(true);
      if (format === 'html') {
        expect(start.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(response.headers.get('content-security-policy')).toContain('sandbox');
      }
      if (format === 'md') {
        const text = body.toString('utf8');
        expect(text).toContain('**Mouvement du Nid** (Pierre Albert)\u00A0: L’association');
        // The measure titles come from the registry of the document's collective.
        expect(text).toContain('Mesure\u00A07\u00A0: Augmenter et adapter les solutions d’hébergement des victimes');
        expect(text).toContain('> **À suivre**');
      }
    }
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string }> };
    expect(audit.entries.filter((entry) => entry.action === 'document.exported')).toHaveLength(EXPORT_FORMATS.length);
  }, 30_000);

  it('leaves the À suivre boxes, annexes and next meetings out of the external version', async () => {
    const response = await exportOf('format=md&profile=external');
    expect(response.headers.get('content-disposition')).toContain(`filename="${FILE}-version-externe.md"`);
    const text = await response.text();
    expect(text).toContain('**Mouvement du Nid** (Pierre Albert)');
    expect(text).not.toMatch(/À suivre|## Annexes|## Prochaines réunions/);
  });

  it('states the validation once the minutes are validated', async () => {
    const validated = await server.api(`/api/minutes/${id}/validate`, {
      body: { meetingDate: '2014-02-17', note: 'Adopté à l’unanimité', confirmWithoutUnanimity: true },
    });
    expect(validated.status).toBe(201);
    const text = await (await exportOf('format=md')).text();
    expect(text).toContain('*Validé lors de la réunion du Collectif du 17 février 2014 — Adopté à l’unanimité*');
  });

  it('answers 400 with a clear message for a missing or unknown format or profile', async () => {
    const missing = await exportOf('profile=internal');
    expect(missing.status).toBe(400);
    expect(await messageOf(missing)).toBe('Précisez le format d’export (paramètre «\u00A0format\u00A0»). Formats possibles : odt, docx, pdf, html, md.');
    const unknown = await exportOf('format=rtf');
    expect(unknown.status).toBe(400);
    expect(await messageOf(unknown)).toBe('Format d’export inconnu : «\u00A0rtf\u00A0». Formats possibles : odt, docx, pdf, html, md.');
    const profile = await exportOf('format=odt&profile=public');
    expect(profile.status).toBe(400);
    expect(await messageOf(profile)).toMatch(/^Profil d’export inconnu : «\u00A0public\u00A0»\. Profils possibles : internal/);
  });

  it('answers 404 to another collective and for unknown ids, 401 without a token', async () => {
    const outsider = await server.createUser('coordination', { collectiveId: await server.createCollective('Autre collectif') });
    const hidden = await exportOf('format=md', outsider);
    expect(hidden.status).toBe(404);
    expect(await messageOf(hidden)).toBe('Ce compte-rendu n’existe pas.');
    expect((await server.api(`/api/minutes/${id}/export/options`, { as: outsider })).status).toBe(404);
    expect((await server.api('/api/minutes/AAAAAAAAAAAAAAAAAAAAAA/export?format=md')).status).toBe(404);
    expect((await server.api(`/api/minutes/${id}/export?format=md`, { as: null })).status).toBe(401);
    expect((await server.api('/api/settings/export', { as: null })).status).toBe(401);
  });

  it('limits readers to the external version when the collective says so', async () => {
    const reader = await server.createUser('reader');
    const member = await server.createUser('member');
    expect((await exportOf('format=md&profile=internal', reader)).status).toBe(200);

    const settings: ExportSettings = { ...defaultExportSettings(), readersExternalOnly: true };
    expect((await server.api('/api/settings/export', { method: 'PUT', body: settings })).status).toBe(200);

    const refused = await exportOf('format=md&profile=internal', reader);
    expect(refused.status).toBe(403);
    expect(await messageOf(refused)).toBe(
      'Les lecteurs de ce collectif ne peuvent télécharger que la version externe de ce compte-rendu (profil «\u00A0external\u00A0»).',
    );
    expect((await exportOf('format=md&profile=external', reader)).status).toBe(200);
    const unspecified = await exportOf('format=md', reader);
    expect(unspecified.headers.get('content-disposition')).toContain('-version-externe.md');
    expect((await exportOf('format=md&profile=internal', member)).status).toBe(200);

    const options = (await (await server.api(`/api/minutes/${id}/export/options`, { as: reader })).json()) as ExportOptionsResponse;
    expect(options).toEqual({ profiles: settings.profiles, allowedProfiles: ['external'], pdfAvailable: true });
  });

  it('lets the coordination, and only it, change what each profile drops', async () => {
    const secretariat = await server.createUser('secretariat');
    expect(await (await server.api('/api/settings/export', { as: secretariat })).json()).toEqual(defaultExportSettings());

    const settings = defaultExportSettings();
    settings.profiles.internal.annexes = true;
    const refused = await server.api('/api/settings/export', { method: 'PUT', body: settings, as: secretariat });
    expect(refused.status).toBe(403);
    const invalid = await server.api('/api/settings/export', { method: 'PUT', body: { ...settings, readersExternalOnly: 'oui' } });
    expect(invalid.status).toBe(400);
    expect(await messageOf(invalid)).toMatch(/^Champ «\u00A0readersExternalOnly\u00A0» invalide/);

    expect((await server.api('/api/settings/export', { method: 'PUT', body: settings })).status).toBe(200);
    expect(await (await server.api('/api/settings/export', { as: secretariat })).json()).toEqual(settings);
    const text = await (await exportOf('format=md&profile=internal')).text();
    expect(text).not.toContain('## Annexes');
    expect(text).toContain('## Prochaines réunions');
    expect(text).toContain('> **À suivre**');
  });

  it('answers 503 with what to install when Chromium is missing, and still serves the other formats', async () => {
    const withoutChromium = await startTestServer({ pdf: createPdfPrinter('/nonexistent/chromium') });
    const created = await withoutChromium.api('/api/minutes', { body: sampleMinutes() });
    const id = ((await created.json()) as { id: string }).id;
    try {
      const refused = await withoutChromium.api(`/api/minutes/${id}/export?format=pdf`);
      expect(refused.status).toBe(503);
      expect(await messageOf(refused)).toMatch(/Chromium.*apt-get install -y chromium/);
      const options = (await (await withoutChromium.api(`/api/minutes/${id}/export/options`)).json()) as ExportOptionsResponse;
      expect(options.pdfAvailable).toBe(false);
      expect((await withoutChromium.api(`/api/minutes/${id}/export?format=html`)).status).toBe(200);
    } finally {
      await withoutChromium.close();
    }
  });
});
