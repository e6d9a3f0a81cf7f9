import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccountViaApi, listMinutesViaApi } from './api';
import { expectNoBlockingViolations } from './accessibilityAudit';
import { documentBody, editableBody, openContext } from './browser';
import { browserSuite } from './browserSuite';
import { scriptedAdmin } from './scriptedAdmin';
import type { Credentials } from './serverProcess';

/**
 * Every page, audited by axe-core as a new user finds it (RGAA 4.1 / WCAG 2.1 AA, issue 20):
 * the demo collective's minutes make each page show real content, not an empty state.
 */
const suite = browserSuite({ demoContent: true });

async function open(signInAs?: Credentials | null): Promise<Page> {
  const { context, page } = await openContext(suite.browser, suite.server.url, { signInAs });
  suite.contexts.push(context);
  return page;
}

/** The demo's two comptes-rendus: the draft of 31 January 2014 and the validated one of 22 November 2013. */
async function demoMinutes(): Promise<{ draft: string; validated: string }> {
  const minutes = await listMinutesViaApi(suite.server.url);
  const draft = minutes.find((one) => one.status === 'draft');
  const validated = minutes.find((one) => one.status === 'validated');
  if (!draft || !validated) throw new Error('the demo content has no draft or no validated compte-rendu');
  return { draft: draft.id, validated: validated.id };
}

/** Opens a compte-rendu and waits for its text to show. */
async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`${suite.server.url}/cr/${id}`);
  await documentBody(page).locator('p').first().waitFor();
}

/**
 * Opens a page and waits for its level-1 heading: the page has drawn what it is about. Its
 * title names it too (RGAA 8.6), the first thing a screen reader says and what a tab shows.
 */
async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(`${suite.server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.title()).toMatch(new RegExp(`${escapeRegExp(heading)}.* — Minutier$`));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every page passes the axe-core audit (no critical or serious violation, moderate ones only if allowed)', () => {
  it('the list, the demo draft in the editor, and the validated compte-rendu', async () => {
    const page = await open();
    const { draft, validated } = await demoMinutes();
    await visit(page, '/', 'Comptes-rendus');
    await page.getByRole('link', { name: 'Compte-rendu de la réunion du 31 janvier 2014' }).waitFor();
    await expectNoBlockingViolations(page, 'the list of comptes-rendus');

    await openEditor(page, draft);
    await editableBody(page).waitFor();
    await expectNoBlockingViolations(page, 'the editor with the demo draft');

    await openEditor(page, validated);
    await page.getByTestId('read-only').waitFor();
    await expectNoBlockingViolations(page, 'the editor of a validated compte-rendu');
  });

  it('the letter page of the validated compte-rendu', async () => {
    const page = await open();
    await openEditor(page, (await demoMinutes()).validated);
    await page.getByRole('button', { name: 'Écrire la lettre d’envoi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lettre d’envoi' }).waitFor();
    await page.getByRole('article', { name: 'Aperçu de la lettre' }).getByText('Madame, Monsieur,', { exact: true }).waitFor();
    await expectNoBlockingViolations(page, 'the letter page');
  });

  it('members, journal, settings and registry', async () => {
    const page = await open();
    await visit(page, '/membres', 'Membres et associations');
    await page.getByRole('heading', { name: 'Associations membres' }).waitFor();
    await expectNoBlockingViolations(page, 'the members page');

    await visit(page, '/journal', 'Journal');
    await page.locator('.audit-table tbody tr').first().waitFor();
    await expectNoBlockingViolations(page, 'the journal');

    await visit(page, '/parametres', 'Paramètres');
    await page.getByRole('heading', { name: 'Modèle de lettre d’envoi' }).waitFor();
    await expectNoBlockingViolations(page, 'the settings');

    await visit(page, '/registre', 'Registre des mesures');
    await page.getByRole('heading', { name: /Plan d'action national/ }).waitFor();
    await expectNoBlockingViolations(page, 'the registry');
  });

  it('« À suivre », a measure and the search results', async () => {
    const page = await open();
    await visit(page, '/a-suivre', 'À suivre');
    await page.getByRole('table').first().waitFor();
    await expectNoBlockingViolations(page, 'the « À suivre » page');

    await visit(page, '/mesures/pan-teh-2014-2016/1', 'Identifier les victimes');
    await page.getByRole('heading', { name: 'Passages qui la citent' }).waitFor();
    await expectNoBlockingViolations(page, 'a measure page');

    await page.goto(`${suite.server.url}/recherche?q=${encodeURIComponent('traite')}`);
    await page.getByRole('main').getByRole('link', { name: /Compte-rendu de la réunion/ }).first().waitFor();
    await expectNoBlockingViolations(page, 'the search results');
  });

  it('the pages not found or not allowed, and the accessibility statement', async () => {
    const page = await open();
    await visit(page, '/nulle-part', 'Page introuvable');
    await expectNoBlockingViolations(page, 'the page not found');

    await visit(page, '/cr/AAAAAAAAAAAAAAAAAAAAAA', "Ce compte-rendu n'existe pas");
    await expectNoBlockingViolations(page, 'an unknown compte-rendu');

    const member = await open(
      await createAccountViaApi(suite.server.url, { name: 'Agnès Membre', email: 'agnes@membre.test', password: 'membre du collectif', role: 'member' }),
    );
    await visit(member, '/membres', 'Page réservée à la coordination');
    await expectNoBlockingViolations(member, 'a coordination page opened by a member');

    await visit(page, '/accessibilite', 'Déclaration d’accessibilité');
    await expectNoBlockingViolations(page, 'the accessibility statement');
  });

  it('sign-in, invitation and password reset, signed out', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const page = await open(null);
    await visit(page, '/connexion', 'Connexion');
    await expectNoBlockingViolations(page, 'the sign-in page');

    const invitation = await admin<{ url: string }>('/api/invitations', { associationId: null, role: 'member' });
    await page.goto(invitation.url);
    await page.getByRole('button', { name: 'Créer mon compte' }).waitFor();
    await expectNoBlockingViolations(page, 'the invitation page');

    await createAccountViaApi(suite.server.url, { name: 'Hélène De Rugy', email: 'helene@amicale.test', password: 'mot de passe d’Hélène', role: 'member' });
    const { users } = await admin<{ users: { id: string; email: string }[] }>('/api/users');
    const helene = users.find((user) => user.email === 'helene@amicale.test')!;
    const reset = await admin<{ url: string }>(`/api/users/${helene.id}/password-reset`, {});
    await page.goto(reset.url);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).waitFor();
    await expectNoBlockingViolations(page, 'the password reset page');
  });
});
