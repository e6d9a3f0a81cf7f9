import { describe, expect, it } from 'vitest';
import { createAccountViaApi, signInViaApi } from './api';
import { openContext } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

describe('disabling an account', () => {
  it('A10: asks in a dialog naming the account; cancelling changes nothing and gives the focus back', async () => {
    const sarah = await createAccountViaApi(suite.server.url, {
      name: 'Sarah Berthelot',
      email: 'sarah.berthelot@desactivation.test',
      password: 'secrétariat du collectif',
      role: 'secretariat',
    });
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/membres`);

    const disable = page.getByRole('button', { name: 'Désactiver le compte de Sarah Berthelot' });
    await disable.click();
    const dialog = page.getByRole('dialog', { name: 'Désactivation du compte de Sarah Berthelot' });
    await dialog.getByText('Sarah Berthelot (sarah.berthelot@desactivation.test) ne pourra plus se connecter.').waitFor();
    // The safe choice has the focus: Enter pressed by habit does not disable anyone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Désactiver le compte de Sarah Berthelot',
    );
    expect((await signInViaApi(suite.server.url, sarah).then(() => true, () => false))).toBe(true);

    // Escape closes it too, and confirming disables, the focus back on the row's button.
    await disable.click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await disable.click();
    await dialog.getByRole('button', { name: 'Confirmer la désactivation' }).click();
    const enable = page.getByRole('button', { name: 'Réactiver le compte de Sarah Berthelot' });
    await enable.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Réactiver le compte de Sarah Berthelot',
    );
    expect(await signInViaApi(suite.server.url, sarah).then(() => true, () => false)).toBe(false);
    expect(errors).toEqual([]);
  });
});
