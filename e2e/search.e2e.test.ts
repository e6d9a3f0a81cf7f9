import { describe, expect, it } from 'vitest';
import demo from '../server/src/demo/compte-rendu-2013-11-22.json';
import { signInViaApi } from './api';
import { documentBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

describe('search (SPEC Q1–Q6)', () => {
  it('Q2: a query typed without accents, or with them in capitals, finds the demo passage highlighted, and opens the editor at it', async () => {
    const session = await signInViaApi(suite.server.url);
    const created = await session.fetch('/api/minutes', { method: 'POST', body: JSON.stringify(demo) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/`);
    const box = page.getByRole('searchbox', { name: 'Rechercher dans les comptes-rendus' });
    await box.waitFor();
    // « / » outside any field puts the focus in the header's search box.
    await page.locator('body').press('/');
    await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('delegations europeennes');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/recherche\?q=delegations/);
    const result = page.locator('.search-result').filter({ hasText: 'Armée du Salut' });
    await result.waitFor();
    expect(await result.locator('mark').allTextContents()).toEqual(['délégations', 'européennes']);
    const link = result.getByRole('link', { name: demo.meta.title });
    expect(await link.getAttribute('href')).toBe(`/cr/${id}#bloc-demo-turn-3`);

    // Typed with accents and capitals, the same words find the same passage.
    await page.goto(`${suite.server.url}/recherche?q=${encodeURIComponent('DÉLÉGATIONS Européennes')}`);
    const accented = page.locator('.search-result').filter({ hasText: 'Armée du Salut' });
    await accented.waitFor();
    expect(await accented.locator('mark').allTextContents()).toEqual(['délégations', 'européennes']);

    await accented.getByRole('link', { name: demo.meta.title }).click();
    await waitForStatus(page, 'connection-status', 'Connecté');
    const passage = documentBody(page).getByText(/Rencontre à Budapest des délégations européennes/);
    await passage.waitFor();
    // Opened at the passage: scrolled down to it, and it is in the window.
    await expect
      .poll(() =>
        passage.evaluate((element) => {
          const { top, bottom } = element.getBoundingClientRect();
          return window.scrollY > 0 && top >= 0 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('Ctrl+K reaches the search box from inside the editor, where « / » is text', async () => {
    const session = await signInViaApi(suite.server.url);
    const created = await session.fetch('/api/minutes', { method: 'POST', body: JSON.stringify({ meta: { title: 'Réunion du Collectif' } }) });
    const { id } = (await created.json()) as { id: string };
    const { context, page } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/cr/${id}`);
    await waitForStatus(page, 'connection-status', 'Connecté');
    const body = documentBody(page).and(page.locator('[contenteditable="true"]'));
    await body.click();
    await page.keyboard.type('1/2');
    await expect.poll(() => body.textContent()).toContain('1/2');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('searchbox', { name: 'Rechercher dans les comptes-rendus' });
    await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
  });
});
