import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccountViaApi, createMinutesViaApi } from './api';
import { documentBody, editableBody, openContext, typeAtEnd, waitForStatus } from './browser';
import { E2E_ADMIN, type Credentials } from './serverProcess';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

async function open(signInAs: Credentials | null = E2E_ADMIN) {
  const opened = await openContext(suite.browser, suite.server.url, { signInAs });
  suite.contexts.push(opened.context);
  return opened;
}

async function signInOnPage(page: Page, credentials: Credentials) {
  await page.getByLabel('Adresse e-mail').fill(credentials.email);
  await page.getByLabel('Mot de passe').fill(credentials.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Opens a compte-rendu from the list and waits until the editor is live and takes typing. */
async function openFromList(page: Page, title: string) {
  await page.getByRole('link', { name: title }).click();
  await waitForStatus(page, 'connection-status', 'Connecté');
  await waitForStatus(page, 'sync-status', 'Synchronisé');
  await editableBody(page).waitFor();
}

describe('signing in', () => {
  it('A4: sends an unauthenticated visit of / to /connexion', async () => {
    const { page } = await open(null);
    await page.goto(suite.server.url);
    await page.waitForURL((url) => url.pathname === '/connexion');
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('A7: says a wrong password in French, then goes back to the page asked for', async () => {
    const { page } = await open(null);
    await page.goto(`${suite.server.url}/membres`);
    await page.waitForURL((url) => url.pathname === '/connexion' && url.searchParams.get('retour') === '/membres');

    await signInOnPage(page, { email: E2E_ADMIN.email, password: 'pas le bon mot de passe' });
    await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
    expect(await page.getByLabel('Mot de passe').inputValue()).toBe('');

    await signInOnPage(page, E2E_ADMIN);
    await page.waitForURL((url) => url.pathname === '/membres');
    await page.getByRole('heading', { name: 'Membres et associations' }).waitFor();
  });

  it('A7: after too many wrong passwords, says how long to wait', async () => {
    const target = await createAccountViaApi(suite.server.url, {
      name: 'Compte visé',
      email: 'vise@collectif.test',
      password: 'le vrai mot de passe',
      role: 'member',
    });
    const { page } = await open(null);
    await page.goto(`${suite.server.url}/connexion`);
    // From the 5th failure on an account, the IP that failed waits, 30 s at first (A7).
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signInOnPage(page, { email: target.email, password: `essai ${attempt}` });
      // The page empties the password field once the server has refused it.
      await expect.poll(() => page.getByLabel('Mot de passe').inputValue()).toBe('');
      await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
    }
    await signInOnPage(page, target);
    await page.getByRole('alert').filter({ hasText: /^Trop de tentatives de connexion : réessayez dans (29|30) secondes\.$/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
  });

  it('shows who is signed in, and signing out leads back to /connexion', async () => {
    const { page } = await open();
    await page.goto(suite.server.url);
    const account = page.getByRole('button', { name: /Coordination/ });
    await account.click();
    await page.getByText(E2E_ADMIN.email).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion');
    // The session is gone on the server too: the list is not reachable any more.
    await page.goto(suite.server.url);
    await page.waitForURL((url) => url.pathname === '/connexion');
  });
});

describe('invite → set password → sign in → edit', () => {
  it('A9: an invited member sets a password, signs in again, and edits with the coordination', async () => {
    const invitee = { name: 'Camille Martin', email: 'camille.martin@amicale.test', password: 'une phrase de passe solide' };
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion de janvier', meetingDate: '2014-01-17' });

    // The coordination creates the association and the invitation link in /membres.
    const coordination = await open();
    await coordination.page.goto(`${suite.server.url}/membres`);
    await coordination.page.getByLabel('Nom de la nouvelle association').fill('Amicale du Nid');
    await coordination.page.getByRole('button', { name: 'Ajouter l’association' }).click();
    await coordination.page.getByRole('listitem').filter({ hasText: 'Amicale du Nid' }).waitFor();
    await coordination.page.getByLabel('Association', { exact: true }).selectOption({ label: 'Amicale du Nid' });
    await coordination.page.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Membre' });
    await coordination.page.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
    const linkField = coordination.page.getByLabel(/^Lien d’invitation/);
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${suite.server.url}/invitation/[A-Za-z0-9_-]{43}$`));

    // The coordination keeps the compte-rendu open meanwhile.
    await coordination.page.goto(`${suite.server.url}/cr/${id}`);
    await waitForStatus(coordination.page, 'sync-status', 'Synchronisé');

    // The invitee, in another browser, opens the link and lands signed in.
    const guest = await open(null);
    await guest.page.goto(link);
    await guest.page.getByText('Amicale du Nid').waitFor();
    await guest.page.getByText('Membre', { exact: true }).waitFor();
    await guest.page.getByLabel('Votre nom').fill(invitee.name);
    await guest.page.getByLabel('Adresse e-mail').fill(invitee.email);
    await guest.page.getByLabel('Mot de passe', { exact: true }).fill(invitee.password);
    await guest.page.getByLabel('Confirmez le mot de passe').fill(invitee.password);
    await guest.page.getByRole('button', { name: 'Créer mon compte' }).click();
    await guest.page.waitForURL((url) => url.pathname === '/');
    const account = guest.page.getByRole('button', { name: /Camille Martin/ });
    await account.filter({ hasText: 'Amicale du Nid · Membre' }).waitFor();
    // A member neither creates comptes-rendus nor administers the collective.
    expect(await guest.page.getByRole('heading', { name: 'Nouveau compte-rendu' }).count()).toBe(0);
    expect(await guest.page.getByRole('link', { name: 'Membres' }).count()).toBe(0);

    // Signs out, and in again through the sign-in page.
    await account.click();
    await guest.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await guest.page.waitForURL((url) => url.pathname === '/connexion');
    await signInOnPage(guest.page, invitee);
    await guest.page.waitForURL((url) => url.pathname === '/');

    // Edits, and the coordination sees the text arrive.
    await openFromList(guest.page, 'Réunion de janvier');
    await typeAtEnd(guest.page, 'L’Amicale du Nid présente son rapport.');
    await documentBody(coordination.page).filter({ hasText: 'L’Amicale du Nid présente son rapport.' }).waitFor();

    // The link is single-use.
    const late = await open(null);
    await late.page.goto(link);
    await late.page.getByRole('alert').filter({ hasText: 'Cette invitation n’est plus valable' }).waitFor();
    expect([...coordination.errors, ...guest.errors].filter((e) => !e.includes('401'))).toEqual([]);
  });
});

describe('a reader', () => {
  it('R17: reads along, and nothing the reader types reaches anyone', async () => {
    const reader = await createAccountViaApi(suite.server.url, {
      name: 'Inès Lecomte',
      email: 'ines.lecomte@ministere.test',
      password: 'lecture seulement, merci',
      role: 'reader',
    });
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion lue', meetingDate: '2014-02-17' });

    const writer = await open();
    await writer.page.goto(`${suite.server.url}/cr/${id}`);
    await waitForStatus(writer.page, 'sync-status', 'Synchronisé');
    await editableBody(writer.page).waitFor();
    await typeAtEnd(writer.page, 'Texte de la coordination.');

    const reading = await open(reader);
    await reading.page.goto(suite.server.url);
    expect(await reading.page.getByRole('heading', { name: 'Nouveau compte-rendu' }).count()).toBe(0);
    expect(await reading.page.getByRole('button', { name: 'Importer' }).count()).toBe(0);
    await reading.page.getByRole('link', { name: 'Réunion lue' }).click();
    await documentBody(reading.page).filter({ hasText: 'Texte de la coordination.' }).waitFor();
    await reading.page.getByText('Lecture seule').waitFor();

    await typeAtEnd(reading.page, ' Intrusion du lecteur.');
    // Then the writer types: once the reader sees that, anything of the reader's would have arrived.
    await typeAtEnd(writer.page, ' Suite.');
    await documentBody(reading.page).filter({ hasText: 'Suite.' }).waitFor();
    await waitForStatus(writer.page, 'sync-status', 'Synchronisé');
    expect(await documentBody(writer.page).textContent()).not.toContain('Intrusion');
  });
});

describe('sharing one compte-rendu', () => {
  it('R18: a share lets a reader edit that compte-rendu only, and can be taken back', async () => {
    const guest = await createAccountViaApi(suite.server.url, {
      name: 'Paul Invité',
      email: 'paul.invite@ministere.test',
      password: 'invité sur un seul compte-rendu',
      role: 'reader',
    });
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion partagée', meetingDate: '2014-03-14' });

    const coordination = await open();
    await coordination.page.goto(`${suite.server.url}/cr/${id}`);
    await waitForStatus(coordination.page, 'sync-status', 'Synchronisé');
    const shareButton = coordination.page.getByRole('button', { name: 'Partager', exact: true });
    await shareButton.click();
    const dialog = coordination.page.getByRole('dialog', { name: 'Partager ce compte-rendu' });
    await dialog.getByText('Ce compte-rendu n’est partagé avec personne.').waitFor();
    const email = dialog.getByLabel('Adresse e-mail de la personne');
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);

    // An address without an account is listed like any other: the dialog never tells (A12).
    await email.fill('personne@nulle-part.test');
    await dialog.getByRole('button', { name: 'Partager', exact: true }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'personne@nulle-part.test' }).waitFor();
    await dialog.getByRole('button', { name: 'Retirer le partage avec personne@nulle-part.test' }).click();
    await dialog.getByText('Ce compte-rendu n’est partagé avec personne.').waitFor();

    const access = dialog.getByLabel('Accès à ce compte-rendu');
    expect(await access.locator('option').allTextContents()).toEqual(['Lecture', 'Suggestion', 'Modification']);
    await email.fill(guest.email);
    await access.selectOption({ label: 'Modification' });
    await dialog.getByRole('button', { name: 'Partager', exact: true }).click();
    await dialog.getByRole('listitem').filter({ hasText: guest.email }).waitFor();
    await coordination.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await shareButton.evaluate((button) => button === document.activeElement)).toBe(true);

    const shared = await open(guest);
    await shared.page.goto(`${suite.server.url}/cr/${id}`);
    await waitForStatus(shared.page, 'sync-status', 'Synchronisé');
    // The share gives the right to edit: the body takes typing although the account only reads.
    await editableBody(shared.page).waitFor();
    expect(await shared.page.getByText('Lecture seule').count()).toBe(0);
    await typeAtEnd(shared.page, 'Le ministère prend note.');
    await documentBody(coordination.page).filter({ hasText: 'Le ministère prend note.' }).waitFor();

    await shareButton.click();
    await dialog.getByRole('button', { name: `Retirer le partage avec ${guest.email}` }).click();
    await dialog.getByText('Ce compte-rendu n’est partagé avec personne.').waitFor();
  });
});
