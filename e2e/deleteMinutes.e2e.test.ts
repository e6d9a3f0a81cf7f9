import { describe, expect, it } from 'vitest';
import { createAccountViaApi, listMinutesViaApi } from './api';
import { openContext } from './browser';
import { browserSuite } from './browserSuite';
import { scriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();

/** « Supprimer le compte-rendu « titre » », with the non-breaking spaces of French quotation marks. */
const deleteButtonName = (title: string) => `Supprimer le compte-rendu «\u00a0${title}\u00a0»`;

describe('deleting a compte-rendu from the list', () => {
  it('A8: the coordination deletes after a confirmation naming it; the list updates and the focus moves to the next row', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    // Created in this order, listed most recent first: « Troisième », « Deuxième », « Première ».
    const first = (await admin<{ id: string }>('/api/minutes', { meta: { title: 'Première réunion' } })).id;
    const second = (await admin<{ id: string }>('/api/minutes', { meta: { title: 'Deuxième réunion' } })).id;
    await admin('/api/minutes', { meta: { title: 'Troisième réunion' } });
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(suite.server.url);

    // Cancelling changes nothing and gives the focus back to the button.
    await page.getByRole('button', { name: deleteButtonName('Deuxième réunion') }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer le compte-rendu' });
    await dialog.getByText('Supprimer définitivement «\u00a0Deuxième réunion\u00a0»\u00a0?').waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(deleteButtonName('Deuxième réunion'));
    expect((await listMinutesViaApi(suite.server.url)).map((row) => row.id)).toContain(second);

    await page.getByRole('button', { name: deleteButtonName('Deuxième réunion') }).click();
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.getByRole('status').filter({ hasText: 'Compte-rendu «\u00a0Deuxième réunion\u00a0» supprimé.' }).waitFor();
    expect(await page.getByRole('link', { name: 'Deuxième réunion' }).count()).toBe(0);
    // The row that came after it now has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Première réunion');
    expect((await listMinutesViaApi(suite.server.url)).map((row) => row.id)).not.toContain(second);
    expect((await listMinutesViaApi(suite.server.url)).map((row) => row.id)).toContain(first);
    expect(errors).toEqual([]);
  });

  it('W4: offers no deletion of a validated compte-rendu', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const validated = (await admin<{ id: string }>('/api/minutes', { meta: { title: 'Réunion validée' } })).id;
    await admin(`/api/minutes/${validated}/status`, { status: 'review' });
    await admin(`/api/minutes/${validated}/validate`, { meetingDate: '2014-01-31', confirmWithoutUnanimity: true });
    await admin('/api/minutes', { meta: { title: 'Réunion en brouillon' } });
    const { context, page } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(suite.server.url);

    await page.getByRole('button', { name: deleteButtonName('Réunion en brouillon') }).waitFor();
    await page.getByRole('link', { name: 'Réunion validée' }).waitFor();
    expect(await page.getByRole('button', { name: deleteButtonName('Réunion validée') }).count()).toBe(0);
  });

  it('A8: offers no deletion to the secretariat', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    await admin('/api/minutes', { meta: { title: 'Réunion du secrétariat' } });
    const secretariat = await createAccountViaApi(suite.server.url, {
      name: 'Sarah Berthelot',
      email: 'sarah@suppression.test',
      password: 'secrétariat du collectif',
      role: 'secretariat',
    });
    const { context, page } = await openContext(suite.browser, suite.server.url, { signInAs: secretariat });
    suite.contexts.push(context);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Réunion du secrétariat' }).waitFor();
    expect(await page.getByRole('button', { name: /^Supprimer/ }).count()).toBe(0);
  });
});
