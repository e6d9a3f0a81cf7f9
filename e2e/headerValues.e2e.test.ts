import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { MeResponse } from '../shared/api/auth';
import type { CreateMinutesRequest, MinutesDocument } from '../shared/api/minutes';
import { documentBody, editableBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

async function csrfOf(context: BrowserContext): Promise<string> {
  const me = (await (await context.request.get(`${suite.server.url}/api/me`)).json()) as MeResponse;
  return me.csrfToken ?? '';
}

/** A compte-rendu created as the page itself would create it, and the page open on it. */
async function openNew(request: CreateMinutesRequest): Promise<{ page: Page; context: BrowserContext; id: string; errors: string[] }> {
  const { context, page } = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(context);
  const created = await context.request.post(`${suite.server.url}/api/minutes`, {
    data: request,
    headers: { 'X-CSRF-Token': await csrfOf(context) },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${suite.server.url}/cr/${id}`);
  await waitForStatus(page, 'connection-status', 'Connecté');
  await editableBody(page).waitFor();
  return { page, context, id, errors };
}

const storedDocument = async (context: BrowserContext, id: string) =>
  (await (await context.request.get(`${suite.server.url}/api/minutes/${id}`)).json()) as MinutesDocument;

describe('the header’s « Rédigé le » (M6, A2)', () => {
  it('A2: a two-digit year typed in a date is refused with a message and never written as year 0026; a full date is', async () => {
    const { page, context, id, errors } = await openNew({ meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' } });
    await page.getByRole('button', { name: 'Modifier l’en-tête' }).click();
    const written = page.getByLabel('Rédigé le');
    await written.click();
    // fr-FR: jj/mm/aaaa. « 26 » in the year makes the input's value 0026-12-12.
    await written.pressSequentially('121226');
    await page.getByText(/^Année 26 improbable : la date doit être en 1990 ou après/).waitFor();
    expect(await written.getAttribute('aria-invalid')).toBe('true');
    expect((await storedDocument(context, id)).meta.writtenOn).toBeUndefined();

    await written.fill('2013-11-26');
    await expect.poll(async () => (await storedDocument(context, id)).meta.writtenOn).toBe('2013-11-26');
    expect(await page.getByText(/improbable/).count()).toBe(0);
    expect((await storedDocument(context, id)).meta.meetingDate).toBe('2013-11-22');
    expect(errors).toEqual([]);
  });

  it('A2: a title with a control character is refused with a message; the title stays', async () => {
    const { page, context, id } = await openNew({ meta: { title: 'Réunion du Collectif' } });
    await page.getByRole('button', { name: 'Modifier l’en-tête' }).click();
    await page.getByLabel('Titre', { exact: true }).fill('Réunion\tdu Collectif');
    await page.getByText(/^Pas de caractère de contrôle .*\. L’ancien titre est gardé\.$/).waitFor();
    expect((await storedDocument(context, id)).meta.title).toBe('Réunion du Collectif');
  });
});

describe('links in the editor (A2)', () => {
  /** Pastes `html` at the end of the body, as a clipboard would hand it to the editor. */
  const paste = (page: Page, html: string) =>
    page.evaluate((markup) => {
      const target = document.querySelector('.document-body[contenteditable="true"]')!;
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', markup.replace(/<[^>]+>/g, ''));
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);

  it('A2: a pasted link to javascript: (even behind a control character), ftp: or tel: keeps its words and loses its link; a web link stays', async () => {
    const { page, context, id, errors } = await openNew({
      meta: { title: 'Liens' },
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Voir ' }] }] },
    });
    await documentBody(page).getByText('Voir').click();
    await page.keyboard.press('End');
    // Tiptap alone keeps the ftp: and tel: links, which the relay refuses (the editor would then
    // lose the whole edit); browsers skip a control character before a scheme.
    await paste(
      page,
      '<a href="javascript:alert(document.cookie)">le piège</a>, <a href="&#1;javascript:alert(1)">l’autre piège</a>, ' +
        '<a href="ftp://exemple.org/cr.pdf">l’archive</a>, <a href="tel:+33100000000">le numéro</a> et ' +
        '<a href="https://www.ecpat-france.fr">le site</a>',
    );
    await documentBody(page).getByRole('link', { name: 'le site' }).waitFor();
    await expect.poll(async () => JSON.stringify((await storedDocument(context, id)).content)).toContain('https://www.ecpat-france.fr');
    const stored = JSON.stringify((await storedDocument(context, id)).content);
    expect(stored).toContain('le piège, l’autre piège, l’archive, le numéro et ');
    expect(stored).not.toMatch(/javascript|ftp:|tel:/);
    expect(await documentBody(page).locator('a').count()).toBe(1);
    // The relay took every edit: the connection never dropped for a refused update.
    expect(await page.getByTestId('connection-status').textContent()).toContain('Connecté');
    expect(errors).toEqual([]);
  });
});
