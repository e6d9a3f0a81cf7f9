import { describe, expect, it } from 'vitest';
import { createAccountViaApi, signInViaApi } from './api';
import { openContext } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

const login = (email: string, password: string) =>
  fetch(`${suite.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('« Paramètres »', () => {
  it('A15: a member changes their password with the current one; their other session ends, this one stays', async () => {
    const member = await createAccountViaApi(suite.server.url, {
      name: 'Hélène De Rugy',
      role: 'member',
      email: 'helene@minutier.test',
      password: 'le mot de passe d’Hélène',
    });
    const elsewhere = await signInViaApi(suite.server.url, member);
    const { context, page, errors } = await openContext(suite.browser, suite.server.url, { signInAs: member });
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/parametres`);
    const section = page.getByRole('region', { name: 'Changer de mot de passe' });

    await section.getByLabel('Mot de passe actuel').fill('pas le bon mot de passe');
    await section.getByLabel('Nouveau mot de passe').fill('une phrase toute neuve');
    await section.getByLabel('Confirmez le mot de passe').fill('une phrase toute neuve');
    await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
    // The server's answer, under the field it is about.
    await section.getByText('Le mot de passe actuel est incorrect.').waitFor();
    // The focus is back on the emptied field, for another try.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('current-password');
    expect((await elsewhere.fetch('/api/me')).status).toBe(200);

    await section.getByLabel('Mot de passe actuel').fill(member.password);
    await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
    // The other two: the script's, and the one accepting the invitation opened.
    await section.getByRole('status').filter({ hasText: 'Mot de passe changé. Vos 2 autres sessions ont été fermées.' }).waitFor();

    expect((await elsewhere.fetch('/api/me')).status).toBe(401);
    expect((await login(member.email, member.password)).status).toBe(401);
    expect((await login(member.email, 'une phrase toute neuve')).status).toBe(200);
    // This browser is still signed in, and still writes (its CSRF token is unchanged).
    await page.reload();
    await page.getByRole('heading', { name: 'Paramètres' }).waitFor();
    await page.getByLabel('Nom du jeton').fill('Après le changement');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    await page.getByRole('region', { name: 'Nouveau jeton' }).waitFor();
    // The refused attempt is logged by the browser as a failed load (403): nothing else went wrong.
    expect(errors.filter((error) => !error.includes('status of 403'))).toEqual([]);
  });

  it('shows a new token whole, wrapped, with room for its « _ » between lines', async () => {
    const { context, page } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/parametres`);
    await page.getByLabel('Nom du jeton').fill('Export hebdomadaire');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    const field = page.getByLabel('Jeton « Export hebdomadaire »');
    await field.waitFor();
    const shown = await field.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        value: (element as HTMLTextAreaElement).value,
        overflows: element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight + 1,
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        underline: style.textDecorationLine,
      };
    });
    expect(shown.value.length).toBeGreaterThan(20);
    expect(shown.overflows).toBe(false);
    expect(shown.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(shown.underline).toBe('none');
  });
});
