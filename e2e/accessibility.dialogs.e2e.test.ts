import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccountViaApi, listMinutesViaApi } from './api';
import { expectNoBlockingViolations } from './accessibilityAudit';
import { editableBody, openContext, typeAtEnd } from './browser';
import { browserSuite } from './browserSuite';
import { createReviewedMinutes } from './reviewedMinutes';
import { scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';
import { selectInDocument } from './selectInDocument';

/**
 * Every dialog and side panel in its open state, audited by axe-core (RGAA 4.1 / WCAG 2.1 AA,
 * issue 20), with what each shows when in use: a suggestion, a comment thread, saved versions.
 * A mail server is configured (never reached: no e-mail is sent) so that the reminder dialog opens.
 */
const suite = browserSuite({ demoContent: true, env: { SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'Minutier <minutier@minutier.test>' } });

async function coordinationPage(): Promise<Page> {
  const { context, page } = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(context);
  return page;
}

/** Opens the compte-rendu, once it can be typed in. */
async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`${suite.server.url}/cr/${id}`);
  await editableBody(page).waitFor();
}

/**
 * Opens the dialog named `name` with `opener`, waits for `shown` in it (what it loads), audits
 * the page with it open, and closes it with Escape as a keyboard user would.
 */
async function auditDialog(page: Page, opener: Locator, name: string, shown?: string): Promise<void> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  if (shown) await dialog.getByText(shown, { exact: false }).first().waitFor();
  await expectNoBlockingViolations(page, `the dialog « ${name} »`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

/** The demo's draft of 31 January 2014, full of speaker turns, « À suivre » and sections. */
async function demoDraftId(): Promise<string> {
  const draft = (await listMinutesViaApi(suite.server.url)).find((one) => one.meta.title === 'Compte-rendu de la réunion du 31 janvier 2014');
  if (!draft) throw new Error('the demo content has no draft');
  return draft.id;
}

/** The text of the body as the server stored it. */
async function storedText(api: ScriptedAdmin, id: string): Promise<string> {
  return JSON.stringify((await api<{ content: unknown }>(`/api/minutes/${id}`)).content);
}

describe('every dialog and panel passes the axe-core audit (no critical or serious violation, moderate ones only if allowed)', () => {
  it('the list’s import and deletion dialogs', async () => {
    const page = await coordinationPage();
    await page.goto(suite.server.url);
    await page.getByRole('heading', { level: 1, name: 'Comptes-rendus' }).waitFor();
    await auditDialog(page, page.getByRole('button', { name: 'Importer', exact: true }), 'Importer un compte-rendu');
    const draftTitle = 'Compte-rendu de la réunion du 31 janvier 2014';
    await auditDialog(page, page.getByRole('button', { name: `Supprimer le compte-rendu «\u00a0${draftTitle}\u00a0»` }), 'Supprimer le compte-rendu');
  });

  it('the editor’s share and export dialogs, and its suggestions and comments panels in use', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 13 décembre 2013');
    const page = await coordinationPage();
    await openEditor(page, id);
    // Shared with someone, so that the dialog shows a row to change or remove.
    const reader = await createAccountViaApi(suite.server.url, { name: 'Martina Andreeva', email: 'martina@hors-la-rue.test', password: 'mot de passe de Martina', role: 'member' });
    await api(`/api/minutes/${id}/shares`, { email: reader.email, access: 'read' }, 'PUT');
    await auditDialog(page, page.getByRole('button', { name: 'Partager', exact: true }), 'Partager ce compte-rendu', reader.email);
    await auditDialog(page, page.getByRole('button', { name: 'Exporter', exact: true }), 'Exporter le compte-rendu', 'Format');

    await page.getByRole('tab', { name: 'Commentaires' }).click();
    const comments = page.locator('.comments-panel');
    const commentButton = page.getByRole('button', { name: 'Commenter', exact: true });
    await selectInDocument(page, 'état des lieux');
    await expect.poll(() => commentButton.isEnabled()).toBe(true);
    await commentButton.click();
    await comments.getByLabel('Votre commentaire').fill('Avec quels chiffres ?');
    await comments.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await comments.getByRole('list', { name: 'Commentaires ouverts' }).getByText('Avec quels chiffres ?').waitFor();
    await expectNoBlockingViolations(page, 'the comments panel with a thread');
    await comments.getByRole('button', { name: 'Répondre' }).click();
    await page.keyboard.type('@', { delay: 10 });
    await comments.getByRole('listbox', { name: 'Associations à mentionner' }).waitFor();
    await expectNoBlockingViolations(page, 'the « @ » list of associations to mention');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Suggérer' }).click();
    await page.locator('.toolbar-button--suggest[aria-pressed="true"]').waitFor();
    await typeAtEnd(page, ' Avant mars.');
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    await page.locator('.suggestions-panel').getByText('Avant mars.', { exact: false }).first().waitFor();
    await expectNoBlockingViolations(page, 'the suggestions panel with a suggestion');
  });

  it('the review: versions, comparison, restore, approvals, validate, next compte-rendu, send, reopen', async () => {
    const api = await scriptedAdmin(suite.server.url);
    const id = await createReviewedMinutes(api, 'Réunion du Collectif du 17 janvier 2014');
    const page = await coordinationPage();
    await openEditor(page, id);
    await page.getByRole('tab', { name: 'Relecture' }).click();
    const panel = page.locator('.review-panel');

    await panel.getByLabel('Nom de la version').fill('Avant corrections');
    await panel.getByRole('button', { name: 'Enregistrer une version' }).click();
    await panel.getByText('Version « Avant corrections » enregistrée.').waitFor();
    await typeAtEnd(page, ' Il n’existe qu’un seul foyer.');
    await expect.poll(() => storedText(api, id), { timeout: 20_000 }).toContain('un seul foyer');
    await expectNoBlockingViolations(page, 'the review panel with a saved version');

    const version = '«\u00a0Avant corrections\u00a0»';
    await auditDialog(page, panel.getByRole('button', { name: `Comparer ${version} au texte actuel` }), `Modifications depuis ${version}`, 'un seul foyer');
    await auditDialog(page, panel.getByRole('button', { name: `Voir ${version}` }), `Version ${version}`, 'Le projet Resiland débute.');
    await auditDialog(page, panel.getByRole('button', { name: `Restaurer ${version}` }), 'Restaurer une version');

    await panel.getByRole('button', { name: 'Passer en relecture' }).click();
    await panel.getByTestId('review-status').filter({ hasText: 'En relecture' }).waitFor();
    await panel.locator('.review-approval', { hasText: 'Hors la Rue' }).waitFor();
    await expectNoBlockingViolations(page, 'the review panel with the approvals');

    await auditDialog(page, panel.getByRole('button', { name: 'Valider…' }), 'Valider le compte-rendu');
    await panel.getByRole('button', { name: 'Valider…' }).click();
    const validate = page.getByRole('dialog', { name: 'Valider le compte-rendu' });
    await validate.getByLabel('Date de la réunion qui a adopté le texte').fill('2014-02-17');
    // No association approved: the coordination validates anyway, saying so.
    await validate.getByLabel('Je confirme valider sans l’accord de toutes les associations').check();
    await validate.getByRole('button', { name: 'Valider', exact: true }).click();
    await panel.getByTestId('review-status').filter({ hasText: 'Validé' }).waitFor();
    await expectNoBlockingViolations(page, 'the validated compte-rendu’s review panel');

    await auditDialog(page, panel.getByRole('button', { name: 'Préparer le prochain compte-rendu' }), 'Préparer le prochain compte-rendu');
    await auditDialog(page, page.getByRole('button', { name: 'Envoyer…' }), 'Envoyer le compte-rendu');
    await auditDialog(page, panel.getByRole('button', { name: 'Rouvrir…' }), 'Rouvrir le compte-rendu validé');
  });

  it('the editor’s side panels, its « / » and « # » menus, the annex link dialog and the account menu', async () => {
    const page = await coordinationPage();
    await openEditor(page, await demoDraftId());
    for (const tab of ['Sommaire', 'Participants']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      await expectNoBlockingViolations(page, `the « ${tab} » panel`);
    }

    for (const [trigger, menu] of [['/', 'the « / » insertion menu'], ['#', 'the « # » measure menu']] as const) {
      await typeAtEnd(page, ` ${trigger}`, { newParagraph: true });
      await page.getByRole('listbox').waitFor();
      await expectNoBlockingViolations(page, menu);
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
    }

    const api = await scriptedAdmin(suite.server.url);
    const withAnnexes = await api<{ id: string }>('/api/minutes', {
      meta: { title: 'Réunion du Collectif du 14 février 2014', meetingDate: '2014-02-14' },
      content: { type: 'doc', content: [{ type: 'paragraph' }, { type: 'markedSection', attrs: { kind: 'annexes' }, content: [{ type: 'paragraph' }] }] },
    });
    await openEditor(page, withAnnexes.id);
    await page.getByRole('button', { name: 'Ajouter une annexe' }).click();
    await auditDialog(page, page.getByRole('button', { name: 'Lier un compte-rendu…' }), 'Lier un compte-rendu en annexe', 'Compte-rendu de la réunion du 22 novembre 2013');

    await page.locator('.account-menu__toggle').click();
    await page.locator('.account-menu__panel').waitFor();
    await expectNoBlockingViolations(page, 'the open account menu');
  });

  it('forms showing their errors, and the one-time links and token they create', async () => {
    const signedOut = await openContext(suite.browser, suite.server.url, { signInAs: null });
    suite.contexts.push(signedOut.context);
    await signedOut.page.goto(`${suite.server.url}/connexion`);
    await signedOut.page.getByRole('button', { name: 'Se connecter' }).click();
    await signedOut.page.getByText('Adresse e-mail invalide').waitFor();
    await expectNoBlockingViolations(signedOut.page, 'the sign-in form with its errors');
    await signedOut.page.getByLabel('Adresse e-mail').fill('coordination@minutier.test');
    await signedOut.page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await signedOut.page.getByRole('button', { name: 'Se connecter' }).click();
    await signedOut.page.getByRole('alert').waitFor();
    await expectNoBlockingViolations(signedOut.page, 'the sign-in form refused by the server');

    const page = await coordinationPage();
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: 'Créer', exact: true }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoBlockingViolations(page, 'the creation form with its errors');

    await page.goto(`${suite.server.url}/membres`);
    await page.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
    await page.getByLabel(/^Lien d’invitation/).waitFor();
    await expectNoBlockingViolations(page, 'the members page with an invitation link');

    await page.goto(`${suite.server.url}/parametres`);
    await page.getByLabel('Nom du jeton').fill('Export hebdomadaire');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    await page.getByRole('region', { name: 'Nouveau jeton' }).waitFor();
    await expectNoBlockingViolations(page, 'the settings with a new API token');
  });

  it('the reminder dialog of an overdue « À suivre » item', async () => {
    const api = await scriptedAdmin(suite.server.url);
    // The demo collective's association: the item's owner, with a member to remind.
    const { associations } = await api<{ associations: { id: string; name: string }[] }>('/api/associations');
    const amicale = associations.find((association) => association.name === 'Amicale du Nid')!;
    const { url } = await api<{ url: string }>('/api/invitations', { associationId: amicale.id, role: 'member' });
    const accepted = await fetch(`${suite.server.url}/api/invitations/${new URL(url).pathname.split('/').pop()}/accept`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Awa Diallo', email: 'awa@amicale.test', password: 'mot de passe de l’amicale' }),
    });
    expect(accepted.status).toBe(201);
    const item = 'Envoyer la lettre à la Ministre.';
    await api('/api/minutes', {
      meta: { title: 'Réunion du Collectif du 31 janvier 2014', meetingDate: '2014-01-31' },
      content: {
        type: 'doc',
        content: [{ type: 'actionItem', attrs: { id: 'suivi-lettre', owners: ['Amicale du Nid'], due: '2014-01-15', status: 'open' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: item }] }] }],
      },
    });
    const page = await coordinationPage();
    await page.goto(`${suite.server.url}/a-suivre`);
    await auditDialog(page, page.getByRole('button', { name: `Envoyer un rappel… : ${item}` }), 'Envoyer un rappel par e-mail', 'Awa Diallo');
  });

  it('the members page’s confirmation before disabling an account', async () => {
    await createAccountViaApi(suite.server.url, { name: 'Sarah Berthelot', email: 'sarah@hors-la-rue.test', password: 'secrétariat du collectif', role: 'secretariat' });
    const page = await coordinationPage();
    await page.goto(`${suite.server.url}/membres`);
    await auditDialog(page, page.getByRole('button', { name: 'Désactiver le compte de Sarah Berthelot' }), 'Désactivation du compte de Sarah Berthelot');
  });
});
