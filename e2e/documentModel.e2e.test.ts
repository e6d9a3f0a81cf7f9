import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeResponse } from '../shared/api/auth';
import type { CreateMinutesRequest } from '../shared/api/minutes';
import { documentBody, editableBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

/** Title of measure 22 in the registry the server seeds (server/src/demo/plan-2014-2016-mesures.json). */
const MEASURE_22 = 'Coordination départementale et régionale de la lutte contre la traite';

const suite = browserSuite();

/** Creates a compte-rendu with participants (and a body), as the secretariat would. */
async function createMinutes(request: CreateMinutesRequest): Promise<string> {
  const { context } = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(context);
  const me = (await (await context.request.get(`${suite.server.url}/api/me`)).json()) as MeResponse;
  const response = await context.request.post(`${suite.server.url}/api/minutes`, {
    data: request,
    headers: { 'X-CSRF-Token': me.csrfToken ?? '' },
  });
  if (response.status() !== 201) {
    throw new Error(`POST /api/minutes answered ${response.status()}: ${await response.text()}`);
  }
  return ((await response.json()) as { id: string }).id;
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

const participants: CreateMinutesRequest['participants'] = [
  { organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
  {
    organisation: 'Secours Catholique – Caritas France',
    people: ['Geneviève Colas (coordination du Collectif)'],
    attendance: 'present',
  },
];

const menu = (page: Page, name: string) => page.getByRole('listbox', { name });
const options = (page: Page, name: string) => menu(page, name).getByRole('option');

/** Types `text` after the last character of the document, in a new paragraph if asked. */
async function typeAtEnd(page: Page, text: string, { newParagraph = false } = {}) {
  await documentBody(page).click();
  await page.keyboard.press('Control+End');
  if (newParagraph) await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 10 });
}

/**
 * Picks `label` in the « / » menu after typing `/query`. The menu is drawn after the keys: it
 * is read until it has caught up with the whole query (the label may be further down before).
 */
async function insertWithSlash(page: Page, query: string, label: string) {
  await page.keyboard.type(`/${query}`, { delay: 10 });
  await options(page, 'Insérer').filter({ hasText: label }).first().waitFor();
  await expect.poll(() => options(page, 'Insérer').first().textContent()).toContain(label);
  await page.keyboard.press('Enter');
  await menu(page, 'Insérer').waitFor({ state: 'detached' });
}

/** Two Enters: the first opens a paragraph in the block, the second lifts it out of the block. */
async function leaveBlock(page: Page) {
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

describe('the « / » menu', () => {
  it('is filtered by typing, navigated with the arrows and closed with Escape', async () => {
    const id = await createMinutes({ meta: { title: 'Menu' } });
    const { page, errors } = await openInNewBrowser(id);
    await typeAtEnd(page, '/');
    // The menus are drawn after the keys that open, filter or move them: each is read until it
    // shows what the keys asked for.
    const labels = () => options(page, 'Insérer').allTextContents();
    await menu(page, 'Insérer').waitFor();
    await expect.poll(async () => (await labels()).map((label) => label.replace(/Ctrl\+Alt\+\w$/, ''))).toEqual([
      'Tour de parole',
      'À suivre',
      'Mesure du plan',
      'Titre de section',
      'Annexes',
      'Prochaines réunions',
    ]);
    // Each item shows its keyboard shortcut.
    expect((await labels())[0]).toContain('Ctrl+Alt+P');

    const selectedOption = menu(page, 'Insérer').getByRole('option', { selected: true });
    const selected = () => selectedOption.textContent();
    await expect.poll(selected).toContain('Tour de parole');
    await page.keyboard.press('ArrowUp');
    await expect.poll(selected).toContain('Prochaines réunions');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toContain('À suivre');
    // The editor names the highlighted option once React has drawn it (an effect).
    const selectedId = await selectedOption.getAttribute('id');
    await expect.poll(() => documentBody(page).getAttribute('aria-activedescendant')).toBe(selectedId);

    await page.keyboard.type('ann', { delay: 10 });
    await expect.poll(labels).toEqual(['AnnexesCtrl+Alt+A']);
    await page.keyboard.press('Escape');
    await menu(page, 'Insérer').waitFor({ state: 'detached' });
    expect(await documentBody(page).textContent()).toContain('/ann');

    // Typed at full speed, Enter picks what the whole query matches, not a stale menu.
    await page.keyboard.type(' /prochaines');
    await page.keyboard.press('Enter');
    await documentBody(page).getByRole('region', { name: 'Prochaines réunions' }).waitFor();
    expect(await documentBody(page).textContent()).not.toContain('/prochaines');
    expect(errors).toEqual([]);
  });

  it('offers every insertion as a keyboard shortcut and a toolbar button too', async () => {
    const id = await createMinutes({ meta: { title: 'Raccourcis' } });
    const { page, errors } = await openInNewBrowser(id);
    const body = documentBody(page);
    await typeAtEnd(page, 'Ouverture.');
    await page.keyboard.press('Control+Alt+p');
    await body.locator('.speaker-turn').waitFor();
    await page.keyboard.press('Control+End');
    await leaveBlock(page);
    await page.getByRole('toolbar').getByRole('button', { name: 'À suivre' }).click();
    await body.locator('.action-item').waitFor();
    await page.keyboard.press('Control+End');
    await leaveBlock(page);
    await page.keyboard.press('Control+Alt+m');
    await menu(page, 'Choisir une mesure du plan').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar').getByRole('button', { name: 'Prochaines réunions' }).click();
    await body.getByRole('region', { name: 'Prochaines réunions' }).waitFor();
    expect(await page.getByRole('button', { name: 'Annexes' }).getAttribute('aria-keyshortcuts')).toBe('Control+Alt+A');
    expect(errors).toEqual([]);
  });

  it('inserts each block, and a second browser sees all of it', async () => {
    const id = await createMinutes({ meta: { title: 'Insertions' }, participants });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);
    const { page } = first;

    await typeAtEnd(page, 'Ouverture de la séance.');
    await page.keyboard.press('Enter');
    await insertWithSlash(page, 'tour', 'Tour de parole');
    await page.keyboard.type('Le Collectif rappelle le calendrier.', { delay: 10 });
    await leaveBlock(page);
    await insertWithSlash(page, 'suiv', 'À suivre');
    await page.keyboard.type('Relancer le cabinet de la ministre.', { delay: 10 });
    await leaveBlock(page);
    await insertWithSlash(page, 'mesure', 'Mesure du plan');
    // « Mesure du plan » opens the measure menu, as « # » does.
    await page.keyboard.type('22', { delay: 10 });
    await options(page, 'Choisir une mesure du plan').filter({ hasText: MEASURE_22 }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('avance.', { delay: 10 });
    await page.keyboard.press('Enter');
    await insertWithSlash(page, 'titre', 'Titre de section');
    await page.keyboard.type('Questions diverses', { delay: 10 });
    await page.keyboard.press('Enter');
    await insertWithSlash(page, 'annexes', 'Annexes');
    await page.keyboard.type('Lettre au cabinet de la ministre', { delay: 10 });
    await leaveBlock(page);
    await insertWithSlash(page, 'prochaines', 'Prochaines réunions');
    await page.keyboard.type('Vendredi 31 janvier 2014', { delay: 10 });

    for (const { page: seen } of [first, second]) {
      const body = documentBody(seen);
      await body.locator('.speaker-turn', { hasText: 'Le Collectif rappelle le calendrier.' }).waitFor();
      await body.locator('.action-item', { hasText: 'Relancer le cabinet de la ministre.' }).waitFor();
      await body.locator('p', { hasText: 'avance.' }).locator('.measure-ref', { hasText: 'mesure 22' }).waitFor();
      await body.getByRole('heading', { level: 2, name: 'Questions diverses' }).waitFor();
      await body.getByRole('region', { name: 'Annexes' }).filter({ hasText: 'Lettre au cabinet' }).waitFor();
      await body.getByRole('region', { name: 'Prochaines réunions' }).filter({ hasText: '31 janvier 2014' }).waitFor();
    }
    // The section's Roman number is a CSS counter: shown, never typed into the text.
    const heading = documentBody(second.page).locator('h2');
    expect(await heading.textContent()).toBe('Questions diverses');
    const generated = await heading.evaluate((h2) => getComputedStyle(h2, '::before').content);
    expect(generated).toMatch(/counter\(.*upper-roman\)/);
    await waitForStatus(page, 'sync-status', 'Synchronisé');
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});

describe('speakers with « @ » and measures with « # »', () => {
  it('picks the speaker among the participants, for the turn or the paragraph', async () => {
    const id = await createMinutes({ meta: { title: 'Intervenants' }, participants });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);
    const { page } = first;

    await typeAtEnd(page, '@hors');
    const speakers = options(page, 'Choisir l’intervenant');
    // Read until the menu has caught up with the whole « @hors ».
    await speakers.first().waitFor();
    await expect.poll(() => speakers.allTextContents()).toEqual(['Hors la Rue', 'Martina AndreevaHors la Rue']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Le projet Resiland débute ce mois-ci.', { delay: 10 });

    const turn = (seen: Page) => documentBody(seen).getByRole('group', { name: /^Tour de parole/ });
    await turn(first.page).getByRole('heading', { name: 'Hors la Rue Martina Andreeva' }).waitFor();
    await turn(second.page).getByRole('heading', { name: 'Hors la Rue Martina Andreeva' }).waitFor();
    // The speaker arrives before the words typed after picking it.
    await turn(second.page).filter({ hasText: 'Le projet Resiland débute ce mois-ci.' }).waitFor();

    // « @ » anywhere in a turn changes its speaker; a function in brackets becomes the role.
    await page.keyboard.type(' @genev', { delay: 10 });
    await speakers.filter({ hasText: 'Geneviève Colas' }).waitFor();
    await page.keyboard.press('Enter');
    const changed = 'Secours Catholique – Caritas France Geneviève Colas, coordination du Collectif';
    await turn(second.page).getByRole('heading', { name: changed }).waitFor();
    expect(await turn(second.page).count()).toBe(1);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('inserts a measure whose title shows on hover and keyboard focus, and marks unknown ones', async () => {
    const id = await createMinutes({ meta: { title: 'Mesures' } });
    const first = await openInNewBrowser(id);
    const second = await openInNewBrowser(id);
    const { page } = first;

    await typeAtEnd(page, 'Selon la #2');
    const measures = options(page, 'Choisir une mesure du plan');
    // The menu is read until it has caught up with the keys typed (« #2 », then « 2 »…).
    await measures.first().waitFor();
    await expect.poll(async () => (await measures.allTextContents()).map((text) => text.slice(0, 10))).toEqual([
      'mesure 2Fo',
      'mesure 21F',
      'mesure 22C',
    ]);
    await page.keyboard.type('2', { delay: 10 });
    await expect.poll(() => measures.allTextContents()).toEqual([`mesure 22${MEASURE_22}`]);
    await page.keyboard.press('Enter');
    await page.keyboard.type('et la #99', { delay: 10 });
    await measures.filter({ hasText: 'absente du registre' }).waitFor();
    await page.keyboard.press('Enter');
    // « mesure » and a number, written as prose, offers the registry's measures too.
    await page.keyboard.type('puis la mesure 1', { delay: 10 });
    await expect.poll(async () => (await measures.allTextContents()).map((text) => text.slice(0, 9))).toEqual([
      'mesure 1I',
      'mesure 10',
      'mesure 11',
      'mesure 12',
      'mesure 19',
    ]);
    await page.keyboard.type('0', { delay: 10 });
    await page.keyboard.press('Enter');
    await documentBody(page).locator('.measure-ref', { hasText: 'mesure 10' }).waitFor();
    // The typed « mesure 10 » became the reference: it reads once.
    expect((await documentBody(page).innerText()).match(/mesure 10/g)).toHaveLength(1);

    for (const { page: seen } of [first, second]) {
      const known = documentBody(seen).locator('.measure-ref', { hasText: 'mesure 22' });
      const tooltip = known.getByRole('tooltip');
      await known.waitFor();
      expect(await tooltip.isVisible()).toBe(false);
      await known.hover();
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toBe(MEASURE_22);
      await seen.mouse.move(0, 0);
      await tooltip.waitFor({ state: 'hidden' });
      await known.focus();
      await tooltip.waitFor();
      // A screen reader hears the title in the reference's name (screenReader.e2e.test.ts checks the whole name).
      expect(await known.getAttribute('aria-label')).toContain(`: ${MEASURE_22}`);

      const unknown = documentBody(seen).locator('.measure-ref--unknown');
      await unknown.waitFor();
      expect(await unknown.innerText()).toBe('mesure 99 (inconnue)');
    }
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});
