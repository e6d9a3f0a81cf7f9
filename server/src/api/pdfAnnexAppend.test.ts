import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_APPENDED_PAGES } from '../annexes/appendPdfAnnexes';
import { samplePdf, samplePng } from '../annexes/sampleAnnexFiles';
import { uploadAnnex, uploadedId, writeAnnexSection } from '../annexes/annexTestHelpers';
import { pdfInfo, pdfText } from '../export/testing/readers';
import { watchEventLoop } from '../testing/eventLoopBlocking';
import { type TestServer, startTestServer } from '../testing/testServer';

const run = promisify(execFile);

/** The file qpdf writes when run on `pdf` with `args` (e.g. an encrypted copy). */
async function qpdfCopy(pdf: Uint8Array, args: (input: string, output: string) => string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'minutier-qpdf-test-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('qpdf', args(join(dir, 'in.pdf'), join(dir, 'out.pdf')));
    return new Uint8Array(await readFile(join(dir, 'out.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each page's position (from 1) and the titles of the bookmarks pointing at it, and the top-level bookmarks, as qpdf reads them. */
async function bookmarksOf(pdf: Uint8Array): Promise<{ topLevel: string[]; byPage: Map<string, number> }> {
  const dir = await mkdtemp(join(tmpdir(), 'minutier-qpdf-test-'));
  try {
    await writeFile(join(dir, 'file.pdf'), pdf);
    const { stdout } = await run('qpdf', ['--json=2', '--json-key=pages', '--json-key=outlines', join(dir, 'file.pdf')], { maxBuffer: 64 * 1024 * 1024 });
    const json = JSON.parse(stdout) as { pages: Array<{ pageposfrom1: number; outlines: Array<{ title: string }> }>; outlines: Array<{ title: string }> };
    const byPage = new Map<string, number>();
    for (const page of json.pages) for (const outline of page.outlines) byPage.set(outline.title, page.pageposfrom1);
    return { topLevel: json.outlines.map((outline) => outline.title), byPage };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A PDF of `pages` pages, each saying « <text> page N ». */
const multiPagePdf = async (text: string, pages: number): Promise<Uint8Array> => {
  const single = samplePdf(`${text} page 1`);
  if (pages === 1) return single;
  const dir = await mkdtemp(join(tmpdir(), 'minutier-qpdf-test-'));
  try {
    const files = await Promise.all(
      Array.from({ length: pages }, async (_, i) => {
        const file = join(dir, `${i}.pdf`);
        await writeFile(file, samplePdf(`${text} page ${i + 1}`));
        return file;
      }),
    );
    await run('qpdf', ['--empty', '--pages', ...files, '--', join(dir, 'all.pdf')]);
    return new Uint8Array(await readFile(join(dir, 'all.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

describe('N8: the internal PDF export with the PDF annexes appended, one PDF with bookmarks', () => {
  let server: TestServer;
  let id: string;
  let minutesPages: number;
  let minutesBookmarks: string[];
  let minutesInfo: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    id = await server.createDocument('Réunion du 22 novembre 2013');
    const linked = await server.createDocument('Réunion du 18 octobre 2013');
    const letter = await uploadedId(await uploadAnnex(server, id, 'courrier.pdf', await multiPagePdf('Lettre au ministre', 2)));
    const photo = await uploadedId(await uploadAnnex(server, id, 'photo.png', samplePng()));
    const broken = await uploadedId(await uploadAnnex(server, id, 'abime.pdf', strToU8('%PDF-1.4\nce fichier n’est pas un PDF lisible\n')));
    const locked = await qpdfCopy(samplePdf('Rapport protege'), (input, output) => ['--encrypt', 'secret', 'proprietaire', '256', '--', input, output]);
    const encrypted = await uploadedId(await uploadAnnex(server, id, 'protege.pdf', locked));
    const report = await uploadedId(await uploadAnnex(server, id, 'rapport.pdf', samplePdf('Rapport d atelier')));
    await writeAnnexSection(server, id, [
      { kind: 'file', annexId: letter, label: 'Lettre au ministre du 12/11/2013' },
      { kind: 'file', annexId: photo, label: 'Photo' },
      { kind: 'minutes', documentId: linked, label: 'Compte-rendu de la réunion du 18 octobre 2013' },
      { kind: 'file', annexId: broken, label: 'Fichier abîmé' },
      { kind: 'file', annexId: encrypted, label: 'Rapport protégé' },
      { kind: 'file', annexId: report, label: '' },
    ]);
    const plain = await server.api(`/api/minutes/${id}/export?format=pdf&profile=internal`);
    expect(plain.status).toBe(200);
    const minutesPdf = new Uint8Array(await plain.arrayBuffer());
    minutesInfo = await pdfInfo(minutesPdf);
    minutesPages = Number(minutesInfo.Pages);
    minutesBookmarks = (await bookmarksOf(minutesPdf)).topLevel;
  }, 120_000);
  afterAll(() => server.close());

  it('appends each readable PDF annex in document order after the minutes, each with its « Annexe N - … » bookmark on its first page', { timeout: 120_000 }, async () => {
    const loop = watchEventLoop();
    const response = await server.api(`/api/minutes/${id}/export?format=pdf&profile=internal&appendAnnexes=1`);
    const { maxHeldMs } = loop.stop();
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/\.pdf"/);
    const pdf = new Uint8Array(await response.arrayBuffer());

    const info = await pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(minutesPages + 2 + 1);
    // The minutes' properties (E3) are the whole file's.
    expect(info.Author).toBe(minutesInfo.Author);
    expect(info.Title).toBe(minutesInfo.Title);
    const { topLevel, byPage } = await bookmarksOf(pdf);
    expect(minutesBookmarks.length).toBeGreaterThan(0);
    expect(topLevel).toEqual([...minutesBookmarks, 'Annexe 1 - Lettre au ministre du 12/11/2013', 'Annexe 6 - rapport.pdf']);
    expect(byPage.get('Annexe 1 - Lettre au ministre du 12/11/2013')).toBe(minutesPages + 1);
    expect(byPage.get('Annexe 6 - rapport.pdf')).toBe(minutesPages + 3);

    const pages = (await pdfText(pdf)).split('\f');
    expect(pages[minutesPages - 1]).not.toContain('Lettre au ministre page');
    expect(pages[minutesPages]).toContain('Lettre au ministre page 1');
    expect(pages[minutesPages + 1]).toContain('Lettre au ministre page 2');
    expect(pages[minutesPages + 2]).toContain('Rapport d atelier');
    expect(maxHeldMs, `loop held at most ${maxHeldMs.toFixed(1)} ms`).toBeLessThan(100);
  });

  it('leaves out, and names in its headers, the annexes that are not PDFs and the PDFs qpdf cannot read (broken, password)', { timeout: 60_000 }, async () => {
    const response = await server.api(`/api/minutes/${id}/export?format=pdf&profile=internal&appendAnnexes=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-annexes-appended')).toBe('1, 6');
    expect(response.headers.get('x-annexes-not-pdf')).toBe('2');
    expect(response.headers.get('x-annexes-left-out')).toBe('4, 5');
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).not.toContain('Rapport protege');
  });

  it('leaves out an annex that would bring the appended pages over 2,000, and appends the next one that fits', { timeout: 120_000 }, async () => {
    const long = await server.createDocument('Réunion aux longues annexes');
    const repeated = async (pages: number) => qpdfCopy(samplePdf('Rapport long'), (input, output) => ['--empty', '--pages', input, `${'1,'.repeat(pages - 1)}1`, '--', output]);
    const ids = [
      await uploadedId(await uploadAnnex(server, long, 'long.pdf', await repeated(MAX_APPENDED_PAGES - 100))),
      await uploadedId(await uploadAnnex(server, long, 'trop.pdf', await repeated(101))),
      await uploadedId(await uploadAnnex(server, long, 'court.pdf', samplePdf('Court'))),
    ];
    await writeAnnexSection(server, long, ids.map((annexId, i) => ({ kind: 'file', annexId, label: `Rapport ${i + 1}` })));
    const loop = watchEventLoop();
    const response = await server.api(`/api/minutes/${long}/export?format=pdf&profile=internal&appendAnnexes=1`);
    const pdf = new Uint8Array(await response.arrayBuffer());
    const { maxHeldMs } = loop.stop();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-annexes-appended')).toBe('1, 3');
    expect(response.headers.get('x-annexes-left-out')).toBe('2');
    const { topLevel, byPage } = await bookmarksOf(pdf);
    expect(topLevel.slice(-2)).toEqual(['Annexe 1 - Rapport 1', 'Annexe 3 - Rapport 3']);
    const pages = Number((await pdfInfo(pdf)).Pages);
    expect(byPage.get('Annexe 3 - Rapport 3')).toBe(pages);
    expect(byPage.get('Annexe 1 - Rapport 1')).toBe(pages - MAX_APPENDED_PAGES + 100);
    expect(maxHeldMs, `loop held at most ${maxHeldMs.toFixed(1)} ms`).toBeLessThan(100);
  });

  it('answers the minutes alone when no annex is a PDF', { timeout: 60_000 }, async () => {
    const bare = await server.createDocument('Réunion sans annexe PDF');
    const photo = await uploadedId(await uploadAnnex(server, bare, 'photo.png', samplePng()));
    await writeAnnexSection(server, bare, [{ kind: 'file', annexId: photo, label: 'Photo' }]);
    const response = await server.api(`/api/minutes/${bare}/export?format=pdf&profile=internal&appendAnnexes=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-annexes-appended')).toBe('');
    expect(response.headers.get('x-annexes-not-pdf')).toBe('1');
    expect((await pdfText(new Uint8Array(await response.arrayBuffer()))).toUpperCase()).toContain('RÉUNION SANS ANNEXE PDF');
  });

  it('refuses the external profile, another format than PDF and an unknown value, in French', async () => {
    const external = await server.api(`/api/minutes/${id}/export?format=pdf&profile=external&appendAnnexes=1`);
    expect(external.status).toBe(400);
    expect(await external.json()).toMatchObject({ error: 'external_annexes', message: expect.stringMatching(/^La version externe ne comprend jamais les annexes/) });
    const docx = await server.api(`/api/minutes/${id}/export?format=docx&profile=internal&appendAnnexes=1`);
    expect(docx.status).toBe(400);
    expect(((await docx.json()) as { error: string }).error).toBe('append_annexes_pdf_only');
    const odd = await server.api(`/api/minutes/${id}/export?format=pdf&profile=internal&appendAnnexes=oui`);
    expect(odd.status).toBe(400);
    expect(((await odd.json()) as { error: string }).error).toBe('invalid_append_annexes');
  });

  it('refuses readers whom the collective holds to the external version, like other internal exports', async () => {
    const reader = await server.createUser('reader');
    const settings = (await (await server.api('/api/settings/export')).json()) as Record<string, unknown>;
    expect((await server.api('/api/settings/export', { method: 'PUT', body: { ...settings, readersExternalOnly: true } })).status).toBe(200);
    try {
      const refused = await server.api(`/api/minutes/${id}/export?format=pdf&profile=internal&appendAnnexes=1`, { as: reader });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: string }).error).toBe('external_only');
    } finally {
      expect((await server.api('/api/settings/export', { method: 'PUT', body: { ...settings, readersExternalOnly: false } })).status).toBe(200);
    }
  });
});
