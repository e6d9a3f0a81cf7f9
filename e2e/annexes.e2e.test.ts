import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileChooser, Page } from 'playwright-core';
import { frenchFileSize } from '../client/editor/annexes/fileSize';
import { openContext } from './browser';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();
const pageErrors: string[][] = [];

afterEach(() => {
  pageErrors.splice(0);
});

const invitePerson = invitingPeople(suite, { emailPrefix: 'annexe', pageErrors });

/** A real one-page PDF, written out with its cross-reference table, as a reader opens it. */
function onePagePdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function createMinutes(api: ScriptedAdmin, title: string, meetingDate: string, content?: unknown): Promise<string> {
  return (await api<{ id: string }>('/api/minutes', { meta: { title, meetingDate }, ...(content ? { content } : {}) })).id;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Opens a compte-rendu and waits for its body. */
async function openMinutes(page: Page, id: string, text: string): Promise<void> {
  await page.goto(`${suite.server.url}/cr/${id}`);
  await page.locator('.document-body', { hasText: text }).waitFor();
}

/** The annexes as the page shows them: « Annexe 1 — … » headings in order. */
const annexHeadings = (page: Page) => page.locator('.document-body .annex__heading').allTextContents();

describe('annexes in the editor', () => {
  it('M12: the coordination attaches a PDF and links a compte-rendu; a member of another association sees both live, downloads the file and opens the linked minutes', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const linkedId = await createMinutes(api, 'Réunion de préparation du plan d’action', '2013-10-18', {
      type: 'doc',
      content: [paragraph('Préparation du plan d’action national.')],
    });
    const id = await createMinutes(api, 'Réunion du Collectif du 22 novembre 2013', '2013-11-22', {
      type: 'doc',
      content: [
        paragraph('Ordre du jour de la réunion.'),
        { type: 'markedSection', attrs: { kind: 'annexes' }, content: [{ type: 'paragraph' }] },
      ],
    });

    const coordination = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(coordination.context);
    pageErrors.push(coordination.errors);
    const martina = await invitePerson(api, { name: 'Martina Andreeva', role: 'member', association: 'Hors la Rue' });
    // Listened to from the start, so that a chooser opened by a key press is never missed.
    const choosers: FileChooser[] = [];
    coordination.page.on('filechooser', (chooser) => choosers.push(chooser));
    const nextChooser = async (): Promise<FileChooser> => {
      await expect.poll(() => choosers.length, { timeout: 20_000 }).toBeGreaterThan(0);
      return choosers.shift()!;
    };
    await openMinutes(coordination.page, id, 'Ordre du jour');
    await openMinutes(martina.page, id, 'Ordre du jour');

    // A member adds no annex: the control is the secretariat's and the coordination's.
    const add = coordination.page.getByRole('button', { name: 'Ajouter une annexe' });
    await add.waitFor();
    await expect.poll(() => add.isEnabled()).toBe(true);
    expect(await martina.page.getByRole('button', { name: 'Ajouter une annexe' }).count()).toBe(0);

    // A file that is not what its name says: the server's French message is shown.
    await add.click();
    await coordination.page.getByRole('button', { name: 'Joindre un fichier…' }).click();
    await (await nextChooser()).setFiles({ name: 'piege.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await coordination.page.getByRole('alert').filter({ hasText: 'Type de fichier non accepté' }).waitFor();
    expect(await annexHeadings(coordination.page)).toEqual([]);

    // The real PDF, chosen with the keyboard from « Ajouter une annexe ».
    const pdf = onePagePdf('Lettre de la ministre du 12 novembre 2013');
    await add.focus();
    await coordination.page.keyboard.press('Enter');
    const attach = coordination.page.getByRole('button', { name: 'Joindre un fichier…' });
    await expect.poll(() => attach.evaluate((element) => element === document.activeElement)).toBe(true);
    await coordination.page.keyboard.press('Enter');
    await (await nextChooser()).setFiles({ name: 'lettre-ministre.pdf', mimeType: 'application/pdf', buffer: pdf });

    const first = 'Annexe 1 — lettre-ministre.pdf';
    const size = frenchFileSize(pdf.length);
    for (const page of [coordination.page, martina.page]) {
      const annex = page.locator('.annex', { hasText: first });
      await annex.waitFor();
      await annex.getByText(size, { exact: false }).waitFor();
    }
    expect(await coordination.page.getByRole('alert').filter({ hasText: 'Type de fichier' }).count()).toBe(0);

    // Martina downloads it: the very bytes that were sent.
    const [download] = await Promise.all([
      martina.page.waitForEvent('download'),
      martina.page.locator('.annex', { hasText: first }).getByRole('link', { name: 'Télécharger' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lettre-ministre.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);

    // N6: the internal version as a ZIP holds the compte-rendu and « Annexe 1 - … », byte for byte.
    await martina.page.getByRole('button', { name: 'Exporter' }).click();
    const exportDialog = martina.page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
    await exportDialog.getByRole('radio', { name: 'Version interne' }).check();
    await exportDialog.getByRole('checkbox', { name: 'Télécharger avec les fichiers annexes (archive ZIP)' }).check();
    await exportDialog.getByRole('button', { name: 'Télécharger' }).and(martina.page.locator(':enabled')).waitFor();
    const [bundle] = await Promise.all([
      martina.page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Télécharger' }).click(),
    ]);
    expect(bundle.suggestedFilename()).toMatch(/\.zip$/);
    const entries = Object.entries(unzipSync(new Uint8Array(await readFile((await bundle.path())!))));
    expect(entries.filter(([name]) => name.endsWith('.odt'))).toHaveLength(1);
    const bundled = entries.find(([name]) => name.startsWith('Annexe 1 - '));
    expect(bundled?.[0]).toMatch(/\.pdf$/);
    expect(Buffer.compare(Buffer.from(bundled![1]), pdf)).toBe(0);
    await martina.page.keyboard.press('Escape');
    await exportDialog.waitFor({ state: 'detached' });

    // The coordination links the October minutes, searched and chosen with the keyboard.
    await add.click();
    await coordination.page.getByRole('button', { name: 'Lier un compte-rendu…' }).click();
    const dialog = coordination.page.getByRole('dialog', { name: 'Lier un compte-rendu en annexe' });
    const search = dialog.getByLabel('Rechercher un compte-rendu');
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
    await search.fill('octobre');
    await dialog.getByRole('radio', { name: /Réunion de préparation du plan/ }).waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await search.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const second = 'Annexe 2 — Compte-rendu de la réunion du 18 octobre 2013';
    for (const page of [coordination.page, martina.page]) {
      await expect.poll(() => annexHeadings(page)).toEqual([first, second]);
    }

    // The file's annex is given its real title, from the keyboard.
    const renamed = 'Annexe 1 — Lettre de la ministre du 12 novembre 2013';
    await coordination.page.locator('.annex', { hasText: first }).getByRole('button', { name: 'Renommer' }).click();
    const title = coordination.page.getByLabel('Titre de l’annexe');
    await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
    await title.fill('Lettre de la ministre du 12 novembre 2013');
    await title.press('Enter');
    for (const page of [coordination.page, martina.page]) {
      await expect.poll(() => annexHeadings(page)).toEqual([renamed, second]);
    }

    // A reader sees the annexes and downloads, but no control.
    const reader = await invitePerson(api, { name: 'Lina Lecture', role: 'reader', association: 'AFJ' });
    await openMinutes(reader.page, id, 'Ordre du jour');
    await expect.poll(() => annexHeadings(reader.page)).toEqual([renamed, second]);
    expect(await reader.page.locator('.annex').getByRole('link', { name: 'Télécharger' }).count()).toBe(1);
    expect(await reader.page.locator('.document-body').getByRole('button').count()).toBe(0);

    // The link is indexed in a pause of the typing (N7): the linked minutes then name who annexes them.
    await expect
      .poll(async () => (await api<{ annexedIn: unknown[] }>(`/api/minutes/${linkedId}/annexed-in`)).annexedIn.length, { timeout: 20_000 })
      .toBe(1);

    // Martina opens the linked minutes from the annex, which point back to these (N7).
    await martina.page.locator('.annex', { hasText: second }).getByRole('link', { name: 'Ouvrir le compte-rendu' }).click();
    await martina.page.waitForURL(`${suite.server.url}/cr/${linkedId}`);
    await martina.page.locator('.document-body', { hasText: 'Préparation du plan d’action national.' }).waitFor();
    const annexedIn = martina.page.getByTestId('annexed-in-notice');
    await annexedIn.getByText('Annexé au compte-rendu du 22 novembre 2013 (annexe 2)').waitFor();
    expect(await annexedIn.getByRole('link', { name: 'compte-rendu du 22 novembre 2013' }).getAttribute('href')).toBe(`/cr/${id}`);

    // The browser logs the refused upload itself; nothing else went wrong.
    expect(pageErrors.flat().filter((error) => !error.includes('415'))).toEqual([]);
  });
});
