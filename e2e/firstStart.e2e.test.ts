import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoBlockingViolations } from './accessibilityAudit';
import { launchChromium, openContext } from './browser';
import { type RunningServer, startServer } from './serverProcess';

/** A new installation: no MINUTIER_ADMIN_*, so the server prints a one-time setup link (SPEC A16). */
describe('first start, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ admin: null });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('A16: the sign-in page says no account exists and where the link is; once used, the link says to sign in', async () => {
    const { context, page, errors } = await openContext(browser, server.url, { signInAs: null });
    await page.goto(`${server.url}/connexion`);
    const notice = page.getByTestId('first-start-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Aucun compte n’existe encore sur ce serveur.');
    expect(await notice.innerText()).toContain('Première connexion');

    const link = /https?:\/\/\S+\/premiere-connexion\/[A-Za-z0-9_-]+/.exec(server.output())?.[0];
    expect(link, server.output()).toBeDefined();
    const setupPath = new URL(link!).pathname;
    await page.goto(`${server.url}${setupPath}`);
    await page.getByRole('button', { name: 'Créer le compte de coordination' }).waitFor();
    // The setup page is audited here, where the one-time link exists (issue 20).
    await expectNoBlockingViolations(page, 'the setup page');
    await page.getByLabel('Votre nom').fill('Geneviève Colas');
    await page.getByLabel('Adresse e-mail').fill('coordination@collectif.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
    await page.getByLabel('Confirmez le mot de passe').fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer le compte de coordination' }).click();
    await page.getByRole('heading', { name: 'Comptes-rendus' }).waitFor();

    // The link again, from another browser: correct advice, and the way to the sign-in page.
    const stranger = await openContext(browser, server.url, { signInAs: null });
    await stranger.page.goto(`${server.url}${setupPath}`);
    await stranger.page.getByText('Ce lien a déjà servi').waitFor();
    // The page's own status, not the (empty) offline banner's live region.
    expect(await stranger.page.getByRole('status').filter({ hasText: 'Ce lien a déjà servi' }).innerText()).toContain('Connectez-vous');
    const status = stranger.page.waitForResponse((response) => new URL(response.url()).pathname === '/api/setup');
    await stranger.page.getByRole('link', { name: 'Se connecter' }).click();
    await stranger.page.getByRole('heading', { name: 'Connexion' }).waitFor();
    // Nothing to set up any more: the sign-in page no longer speaks of a first link.
    expect(await (await status).json()).toEqual({ pending: false });
    await stranger.page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await stranger.page.getByTestId('first-start-notice').count()).toBe(0);

    // The browser logs the answers the pages expect as failed loads: `/api/me` before signing in
    // (401, asked for a CSRF token) and the used link (409). Nothing else may fail.
    const expected = /Failed to load resource: the server responded with a status of (401|409)/;
    expect([...errors, ...stranger.errors].filter((error) => !expected.test(error))).toEqual([]);
    await stranger.context.close();
    await context.close();
  });
});
