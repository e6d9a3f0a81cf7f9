import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage } from './accessibilityAudit';
import { documentBody, editableBody, openContext } from './browser';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { scriptedAdmin } from './scriptedAdmin';
import { expectFocusOn, expectTabStaysInside, expectVisibleFocus, isFocused, pressUntilFocused } from './keyboardFocus';
import { insertFromToolbar, leaveBlock, openSidePanel, pressToolbarButton, toolbar, toolbarButton } from './keyboardEditor';

/** Title of measure 22 in the registry the server seeds. */
const MEASURE_22 = 'Coordination départementale et régionale de la lutte contre la traite';

const suite = browserSuite();
const pageErrors: string[][] = [];

afterEach(() => {
  pageErrors.splice(0);
});

const invitePerson = invitingPeople(suite, { emailPrefix: 'clavier', pageErrors });

async function coordinationPage(): Promise<Page> {
  const { context, page, errors } = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(context);
  pageErrors.push(errors);
  return page;
}

/** From the list: the skip link, the new compte-rendu's title, Enter; the focus lands in its text. */
async function createFromList(page: Page) {
  await page.goto(`${suite.server.url}/`);
  await page.getByRole('heading', { name: 'Nouveau compte-rendu' }).waitFor();
  await page.keyboard.press('Tab');
  await expectFocusOn(page.getByRole('link', { name: 'Aller au contenu' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expectFocusOn(page.getByRole('main'));
  await pressUntilFocused(page, page.getByRole('textbox', { name: 'Titre' }), { max: 3 });
  await page.keyboard.type('Réunion du Collectif du 22 novembre 2013', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/cr\//);
  await expectFocusOn(documentBody(page));
  await expectVisibleFocus(page);
}

/** Hors la Rue, present, added in the « Participants » panel: it is the association that approves. */
async function addParticipant(page: Page) {
  await openSidePanel(page, 'Participants');
  await pressUntilFocused(page, page.getByRole('combobox', { name: 'Organisation' }));
  await page.keyboard.type('Hors la Rue', { delay: 5 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Martina Andreeva', { delay: 5 });
  await pressUntilFocused(page, page.getByRole('button', { name: 'Ajouter', exact: true }), { max: 3 });
  await page.keyboard.press('Enter');
  await page.getByRole('tabpanel').getByText('Martina Andreeva').waitFor();
}

/** A speaker turn, an « À suivre », a measure, and a comment on the last words, from the end of the text. */
async function writeBlocks(page: Page) {
  const body = documentBody(page);
  await insertFromToolbar(page, 'Tour de parole');
  await body.locator('.speaker-turn').waitFor();
  await page.keyboard.type('@hors', { delay: 10 });
  await page.getByRole('listbox', { name: 'Choisir l’intervenant' }).getByRole('option').filter({ hasText: 'Martina Andreeva' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Le projet Resiland débute ce mois-ci.', { delay: 10 });
  await body.getByRole('group', { name: /^Tour de parole/ }).getByRole('heading', { name: 'Hors la Rue Martina Andreeva' }).waitFor();
  await leaveBlock(page);

  await insertFromToolbar(page, 'À suivre');
  await page.keyboard.type('Relancer le cabinet de la ministre.', { delay: 10 });
  await body.locator('.action-item', { hasText: 'Relancer le cabinet de la ministre.' }).waitFor();
  await leaveBlock(page);

  await insertFromToolbar(page, 'Mesure du plan');
  await page.keyboard.type('22', { delay: 10 });
  await page.getByRole('listbox', { name: 'Choisir une mesure du plan' }).getByRole('option').filter({ hasText: MEASURE_22 }).waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' avance.', { delay: 10 });
  await body.locator('.measure-ref', { hasText: 'mesure 22' }).waitFor();

  await page.keyboard.press('Shift+Home');
  // The editor reads the selection from the page a moment after the keys.
  await toolbarButton(page, 'Commenter').and(page.locator(':enabled')).waitFor();
  await pressToolbarButton(page, 'Commenter');
  await expectFocusOn(page.getByLabel('Votre commentaire'));
  await page.keyboard.type('Préciser le calendrier.', { delay: 5 });
  await pressUntilFocused(page, page.getByRole('button', { name: 'Envoyer le commentaire' }), { max: 4 });
  await page.keyboard.press('Enter');
  await page.locator('.comments-panel').getByText('Préciser le calendrier.').waitFor();
  // Sent, the comment gives the focus back to the text.
  await expectFocusOn(body);
}

/** « Passer en relecture »; Hors la Rue approves in its own browser; « Valider… » in its dialog. */
async function reviewAndValidate(page: Page) {
  await openSidePanel(page, 'Relecture');
  await pressUntilFocused(page, page.getByRole('button', { name: 'Passer en relecture' }));
  await page.keyboard.press('Enter');
  const status = page.getByTestId('review-status');
  await status.filter({ hasText: 'En relecture' }).waitFor();
  // The button went away with the draft status: the focus is on the new status, not lost.
  await expectFocusOn(status);
  await expectVisibleFocus(page);

  const id = new URL(page.url()).pathname.split('/').pop()!;
  const member = await invitePerson(await scriptedAdmin(suite.server.url), { name: 'Martina Andreeva', role: 'member', association: 'Hors la Rue' });
  await member.page.goto(`${suite.server.url}/cr/${id}`);
  await documentBody(member.page).getByText('Le projet Resiland débute ce mois-ci.').waitFor();
  await openSidePanel(member.page, 'Relecture');
  await pressUntilFocused(member.page, member.page.getByRole('button', { name: 'Approuver le texte actuel au nom de Hors la Rue' }));
  await member.page.keyboard.press('Enter');
  const approved = (seen: Page) => seen.locator('.review-approval', { hasText: 'Hors la Rue' }).filter({ hasText: 'Approuvé (cette version)' });
  await approved(member.page).waitFor();
  // Approvals reach the other screens by the relay's event, or the panel's 10 s poll.
  await approved(page).waitFor({ timeout: 20_000 });

  await pressUntilFocused(page, page.getByRole('button', { name: 'Valider…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Valider le compte-rendu' });
  await expectFocusOn(dialog.getByLabel('Date de la réunion qui a adopté le texte'));
  await expectTabStaysInside(page, dialog);
  // The date of the adopting meeting is today's by default.
  await pressUntilFocused(page, dialog.getByLabel('Note (facultative)'));
  await page.keyboard.type('Adopté à l’unanimité.', { delay: 5 });
  await pressUntilFocused(page, dialog.getByRole('button', { name: 'Valider', exact: true }));
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'Validé' }).waitFor();
  await expectFocusOn(status);
  await expectVisibleFocus(page);
}

/** « Exporter », « Télécharger », Escape: the focus stays in the dialog while busy, then goes back to « Exporter ». */
async function exportDocument(page: Page) {
  const exportButton = page.getByRole('button', { name: 'Exporter', exact: true });
  await pressUntilFocused(page, exportButton, { key: 'Shift+Tab', max: 60 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
  await dialog.waitFor();
  await expectVisibleFocus(page);
  await expectTabStaysInside(page, dialog);
  const download = page.waitForEvent('download');
  const downloadButton = dialog.getByRole('button', { name: 'Télécharger' });
  await pressUntilFocused(page, downloadButton);
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.odt$/);
  await expectFocusOn(downloadButton);
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await expectFocusOn(exportButton);
  await expectVisibleFocus(page);
}

describe('the life cycle by keyboard alone (RGAA 12, WCAG 2.1.1, 2.4.3, 2.4.7)', () => {
  it('create → type → speaker turn → « À suivre » → measure → comment → review → approve → validate → export', async () => {
    const page = await coordinationPage();
    await createFromList(page);
    await page.keyboard.type('Ouverture de la séance.', { delay: 10 });
    await documentBody(page).getByText('Ouverture de la séance.').waitFor();

    // Escape leaves the text for the toolbar, the side panels are further on.
    await page.keyboard.press('Escape');
    await expectFocusOn(toolbarButton(page, 'Gras'));
    await expectVisibleFocus(page);
    await addParticipant(page);

    // Back to the text by the skip link; Escape closes the « / » menu before it leaves the text.
    await pressUntilFocused(page, page.getByRole('link', { name: 'Aller au document' }), { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await expectFocusOn(documentBody(page));
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/', { delay: 5 });
    const slashMenu = page.getByRole('listbox', { name: 'Insérer' });
    await slashMenu.waitFor();
    await page.keyboard.press('Escape');
    await slashMenu.waitFor({ state: 'hidden' });
    await expectFocusOn(documentBody(page));
    await page.keyboard.press('Backspace');

    await writeBlocks(page);
    await reviewAndValidate(page);
    await exportDocument(page);
    expect(pageErrors.flat()).toEqual([]);
  }, 240_000);
});

describe('keyboard patterns of the pages', () => {
  it('the toolbar is one Tab stop walked with the arrows, Home and End, and its buttons’ names contain their labels', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const { id } = await api<{ id: string }>('/api/minutes', {
      meta: { title: 'Barre d’outils' },
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ouverture.' }] }] },
    });
    const page = await coordinationPage();
    await page.goto(`${suite.server.url}/cr/${id}`);
    await editableBody(page).waitFor();

    // « Aller au document » is the second Tab of the page, and puts the focus in the text.
    await pressUntilFocused(page, page.getByRole('link', { name: 'Aller au document' }), { max: 2 });
    await page.keyboard.press('Enter');
    await expectFocusOn(documentBody(page));
    await expectVisibleFocus(page);

    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(toolbarButton(page, 'Gras'));
    expect(await toolbar(page).locator('button[tabindex="0"]').count()).toBe(1);
    // Nothing selected: « Commenter » is disabled and skipped; the arrows wrap around the ends.
    const walk: [string, string][] = [
      ['ArrowRight', 'Italique'],
      ['End', 'Suggérer'],
      ['ArrowLeft', 'Prochaines réunions'],
      ['ArrowRight', 'Suggérer'],
      ['ArrowRight', 'Gras'],
      ['ArrowLeft', 'Suggérer'],
      ['Home', 'Gras'],
      ['ArrowRight', 'Italique'],
      ['ArrowRight', 'T2 — Titre de section'],
    ];
    for (const [key, name] of walk) {
      await page.keyboard.press(key);
      await expectFocusOn(toolbarButton(page, name));
      await expectVisibleFocus(page);
    }
    // One Tab leaves the toolbar for the text, and the toolbar keeps the button last focused.
    await page.keyboard.press('Tab');
    await expectFocusOn(documentBody(page));
    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(toolbarButton(page, 'T2 — Titre de section'));
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(toolbar(page))).toBe(false);
    await expectVisibleFocus(page);

    // « Partager » opens its dialog; its « Fermer » gives the focus back to « Partager ».
    const share = page.getByRole('button', { name: 'Partager', exact: true });
    await pressUntilFocused(page, share, { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Partager ce compte-rendu' });
    await pressUntilFocused(page, dialog.getByRole('button', { name: 'Fermer' }).first());
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocusOn(share);

    const mismatches = (await auditPage(page)).filter((violation) => violation.id === 'label-content-name-mismatch');
    expect(mismatches).toEqual([]);
    expect(pageErrors.flat()).toEqual([]);
  });

  it('Escape closes the account menu and gives the focus back to its button', async () => {
    const page = await coordinationPage();
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('heading', { name: 'Nouveau compte-rendu' }).waitFor();
    const toggle = page.locator('.account-menu__toggle');
    await pressUntilFocused(page, toggle);
    await page.keyboard.press('Enter');
    const settings = page.getByRole('link', { name: 'Paramètres et jetons d’API' });
    await settings.waitFor();
    await pressUntilFocused(page, settings, { max: 2 });
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });
    await expectFocusOn(toggle);
    await expectVisibleFocus(page);
    expect(pageErrors.flat()).toEqual([]);
  });

  it('the first Tab of every signed-in page reaches « Aller au contenu », which leads to the main content', async () => {
    const page = await coordinationPage();
    for (const path of ['/', '/registre', '/a-suivre', '/membres', '/journal', '/parametres']) {
      await page.goto(`${suite.server.url}${path}`);
      await page.getByRole('main').waitFor();
      await page.keyboard.press('Tab');
      await expectFocusOn(page.getByRole('link', { name: 'Aller au contenu' }));
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
      await expectFocusOn(page.getByRole('main'));
      await expectVisibleFocus(page);
    }
    expect(pageErrors.flat()).toEqual([]);
  });

  it('going back up a long list with Shift+Tab, the focus never hides under the sticky header', async () => {
    const api = await scriptedAdmin(suite.server.url);
    for (let day = 1; day <= 25; day++) {
      await api('/api/minutes', { meta: { title: `Réunion du ${day} mars 2014`, meetingDate: `2014-03-${String(day).padStart(2, '0')}` } });
    }
    const page = await coordinationPage();
    await page.goto(`${suite.server.url}/`);
    const rows = page.getByRole('main').getByRole('link', { name: /^Réunion du \d+ mars 2014$/ });
    await rows.nth(24).waitFor();
    await pressUntilFocused(page, rows.last(), { max: 150 });
    await pressUntilFocused(page, rows.first(), { key: 'Shift+Tab', max: 150 });
    expect(pageErrors.flat()).toEqual([]);
  });
});
