import { describe, expect, it } from 'vitest';
import { documentBody, openContext } from './browser';
import { browserSuite } from './browserSuite';
import { scriptedAdmin } from './scriptedAdmin';

const suite = browserSuite();

describe('N8: the export dialog appends the PDF annexes on request', () => {
  it('offers « Joindre les annexes PDF à la fin » for the internal PDF only, asks for it, and says which annex it could not append', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    // An annex whose file is gone: the export succeeds without it and names it.
    const { id } = await admin<{ id: string }>('/api/minutes', {
      meta: { title: 'Réunion aux annexes' },
      content: { type: 'doc', content: [{ type: 'annex', attrs: { kind: 'file', annexId: 'fichier-disparu', documentId: '', label: 'Lettre' } }] },
    });
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/cr/${id}`);
    await documentBody(page).waitFor();
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
    const checkbox = dialog.getByRole('checkbox', { name: 'Joindre les annexes PDF à la fin' });
    await dialog.getByRole('button', { name: 'Télécharger' }).and(page.locator(':enabled')).waitFor();
    expect(await checkbox.count()).toBe(0);

    await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Version externe' }).check();
    expect(await checkbox.count()).toBe(0);
    await dialog.getByRole('radio', { name: 'Version interne' }).check();
    await checkbox.check();

    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url().includes('/export?') && answer.url().includes('appendAnnexes=1')),
      dialog.getByRole('button', { name: 'Télécharger' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await dialog.getByRole('alert').filter({ hasText: 'Annexe 1 non jointe' }).waitFor();
    expect(errors).toEqual([]);
  });
});
