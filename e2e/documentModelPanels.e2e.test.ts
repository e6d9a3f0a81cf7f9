import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { MeResponse } from '../shared/api/auth';
import type { CreateMinutesRequest } from '../shared/api/minutes';
import { documentBody, editableBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

/** A POST with the session cookie and CSRF token of `context`, as the page itself would send. */
async function postAs(context: BrowserContext, path: string, data: unknown) {
  const me = (await (await context.request.get(`${suite.server.url}/api/me`)).json()) as MeResponse;
  const response = await context.request.post(`${suite.server.url}${path}`, {
    data,
    headers: { 'X-CSRF-Token': me.csrfToken ?? '' },
  });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return response.json() as Promise<{ id?: string }>;
}

async function createMinutes(request: CreateMinutesRequest): Promise<string> {
  const { context } = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(context);
  return (await postAs(context, '/api/minutes', request)).id as string;
}

/** Opens the compte-rendu in a browser of its own (own storage and socket), ready for typing. */
async function openInNewBrowser(documentId: string) {
  const opened = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(opened.context);
  await opened.page.goto(`${suite.server.url}/cr/${documentId}`);
  await waitForStatus(opened.page, 'connection-status', 'Connecté');
  await editableBody(opened.page).waitFor();
  return opened;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const section = (title: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] });
const participants: CreateMinutesRequest['participants'] = [
  { organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
  { organisation: 'Comité Contre l’Esclavage Moderne (CCEM)', people: [], attendance: 'absent' },
];

const openPanel = (page: Page, name: string) => page.getByRole('tab', { name }).click();

describe('the « À suivre » box', () => {
  it('changes owners, due and status in place, live for the others', async () => {
    const id = await createMinutes({
      meta: { title: 'Suivi' },
      participants,
      content: {
        type: 'doc',
        content: [
          {
            type: 'actionItem',
            attrs: { owners: [], due: '', status: 'open' },
            content: [paragraph('Relancer le cabinet.')],
          },
        ],
      },
    });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);
    const box = (page: Page) => documentBody(page).getByRole('group', { name: /^À suivre/ });

    await box(first.page).getByLabel('Ajouter un responsable').selectOption('Hors la Rue');
    await box(first.page).getByLabel('Ajouter un responsable').selectOption('Comité Contre l’Esclavage Moderne (CCEM)');
    await box(first.page).getByRole('button', { name: 'Retirer Hors la Rue' }).click();
    await box(first.page).getByLabel('Échéance en toutes lettres').fill('d’ici la prochaine réunion');
    await box(first.page).getByLabel('État').selectOption('done');

    const seen = box(second.page);
    await seen.getByRole('listitem').filter({ hasText: 'Comité Contre l’Esclavage Moderne (CCEM)' }).waitFor();
    await expect.poll(() => seen.getByLabel('État').inputValue()).toBe('done');
    const dueText = seen.getByLabel('Échéance en toutes lettres');
    await expect.poll(() => dueText.inputValue()).toBe('d’ici la prochaine réunion');
    expect(await seen.getByRole('listitem').count()).toBe(1);
    expect(await seen.getAttribute('class')).toContain('action-item--done');

    // A date replaces the words: one due, written one way or the other.
    await seen.getByLabel('Date d’échéance').fill('2014-01-31');
    await expect.poll(() => box(first.page).getByLabel('Date d’échéance').inputValue()).toBe('2014-01-31');
    expect(await box(first.page).getByLabel('Échéance en toutes lettres').inputValue()).toBe('');
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});

describe('the sommaire', () => {
  it('follows a renamed section and jumps to the section it names', async () => {
    const filler = Array.from({ length: 25 }, (_, index) => paragraph(`Point ${index + 1} de l’ordre du jour.`));
    const id = await createMinutes({
      meta: { title: 'Sommaire' },
      content: { type: 'doc', content: [section('Actualités'), ...filler, section('Questions'), ...filler] },
    });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);
    const sommaire = second.page.getByRole('navigation', { name: 'Sommaire' });
    expect(await sommaire.getByRole('button').allTextContents()).toEqual(['I.Actualités', 'II.Questions']);

    await documentBody(first.page).getByRole('heading', { name: 'Questions' }).click();
    await first.page.keyboard.press('End');
    await first.page.keyboard.type(' diverses', { delay: 10 });
    const renamed = sommaire.getByRole('button', { name: 'II. Questions diverses' });
    await renamed.waitFor();

    await renamed.click();
    const heading = documentBody(second.page).getByRole('heading', { name: 'Questions diverses' });
    await expect
      .poll(() => heading.evaluate((element) => element.getBoundingClientRect().top))
      .toBeLessThan(await second.page.evaluate(() => window.innerHeight / 2));
    // The editor takes the focus in an animation frame of its own, not with the scroll.
    const caretIn = () =>
      second.page.evaluate(() => {
        const anchor = window.getSelection()?.anchorNode;
        const element = anchor instanceof Element ? anchor : anchor?.parentElement;
        const heading = element?.closest('h2')?.cloneNode(true) as HTMLElement | undefined;
        // The other person's caret label sits in the heading's text.
        heading?.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
        return { focused: document.activeElement?.classList.contains('document-body'), heading: heading?.textContent };
      });
    await expect.poll(caretIn).toEqual({ focused: true, heading: 'Questions diverses' });
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});

describe('participants and header', () => {
  it('shows participants added in one browser in the other, and offers them as speakers', async () => {
    const id = await createMinutes({ meta: { title: 'Participants' }, participants });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);

    await openPanel(first.page, 'Participants');
    await first.page.getByLabel('Organisation', { exact: true }).fill('Planète Enfants');
    await first.page.getByLabel('Personnes (une par ligne)').fill('Stéphanie Selle');
    await first.page.getByRole('button', { name: 'Ajouter', exact: true }).click();

    await openPanel(second.page, 'Participants');
    const added = second.page.getByRole('listitem', { name: 'Planète Enfants' });
    await added.waitFor();
    expect(await added.textContent()).toContain('Stéphanie Selle');
    await second.page.getByLabel('Présence de Planète Enfants').selectOption('excused');
    await first.page
      .getByRole('region', { name: 'Absents excusés' })
      .getByRole('listitem', { name: 'Planète Enfants' })
      .waitFor();

    await documentBody(second.page).click();
    await second.page.keyboard.press('Control+End');
    await second.page.keyboard.type('@plan', { delay: 10 });
    const speakers = second.page.getByRole('listbox', { name: 'Choisir l’intervenant' });
    await speakers.getByRole('option', { name: 'Planète Enfants', exact: true }).waitFor();
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('writes the header into the shared metadata as it is typed, and keeps a title', async () => {
    const id = await createMinutes({ meta: { title: 'Réunion du Collectif', meetingDate: '2013-11-22' } });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);

    const newTitle = 'Compte-rendu de la réunion du 22 novembre 2013';
    await first.page.getByRole('button', { name: 'Modifier l’en-tête' }).click();
    const titleField = first.page.getByLabel('Titre', { exact: true });
    await titleField.fill('');
    await first.page.getByText('Le titre est obligatoire').waitFor();
    // An emptied title is not written: the document keeps its last one.
    expect(await first.page.getByRole('heading', { level: 1 }).textContent()).toBe('Réunion du Collectif');
    await titleField.fill(newTitle);
    await first.page.getByLabel('Lieu').fill('Paris');
    await first.page.getByLabel('Compte-rendu réalisé par').fill('Sarah Berthelot, pour le secrétariat du Collectif');

    await second.page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
    await second.page.locator('.document-place', { hasText: 'Paris' }).waitFor();
    await second.page.getByText('Compte-rendu réalisé par Sarah Berthelot, pour le secrétariat du Collectif').waitFor();
    await expect.poll(() => second.page.title()).toBe(`${newTitle} — Minutier`);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});

describe('read-only', () => {
  it('W4: turns read-only with its reason when the compte-rendu is validated while open', async () => {
    const id = await createMinutes({ meta: { title: 'Validation' } });
    const { page, context, errors } = await openInNewBrowser(id);
    await page.getByRole('button', { name: 'Modifier l’en-tête' }).waitFor();

    await postAs(context, `/api/minutes/${id}/validate`, { meetingDate: '2014-02-17' });

    const badge = page.getByTestId('read-only');
    await badge.waitFor();
    expect(await badge.innerText()).toMatch(/^Lecture seule\s+Compte-rendu validé$/);
    await documentBody(page).and(page.locator('[contenteditable="false"]')).waitFor();
    await page.getByText('Validé lors de la réunion du Collectif du 17 février 2014').waitFor();
    expect(await page.getByRole('toolbar').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Modifier l’en-tête' }).count()).toBe(0);
    await waitForStatus(page, 'connection-status', 'Connecté');
    expect(errors).toEqual([]);
  });
});
