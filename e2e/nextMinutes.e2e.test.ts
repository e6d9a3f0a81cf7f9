import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMinutesViaApi, signInViaApi } from './api';
import { documentBody, launchChromium, openContext, waitForStatus } from './browser';
import { type RunningServer, startServer } from './serverProcess';

/** A first start with the demo: the series of 22 November 2013 (validated) and 31 January 2014 (draft). */
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ demoContent: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the next compte-rendu of a series', () => {
  it('M9, M10, M11: prepares the next minutes from the demo, carries the « À suivre » with their origin, an item closed there reads closed on the validated minutes, which read adopted once the new ones are validated', async () => {
    const demo = await listMinutesViaApi(server.url);
    const validated = demo.find((minutes) => minutes.status === 'validated');
    expect(validated?.meta.title).toBe('Compte-rendu de la réunion du 22 novembre 2013');
    expect(demo.find((minutes) => minutes.status === 'draft')?.meta).toMatchObject({ meetingDate: '2014-01-31' });

    const { context, page, errors } = await openContext(browser, server.url);
    try {
      await page.goto(`${server.url}/cr/${validated!.id}`);
      await documentBody(page).waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: 'Relecture' }).click();
      await page.getByRole('button', { name: 'Préparer le prochain compte-rendu' }).click();
      const dialog = page.getByRole('dialog', { name: 'Préparer le prochain compte-rendu' });
      // Left empty: the date and place come from « Prochaines réunions ». Submitted from the keyboard.
      await dialog.getByLabel('Date de la prochaine réunion').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => /^\/cr\/[A-Za-z0-9_-]{22}$/.test(url.pathname) && !url.pathname.endsWith(validated!.id));
      const nextId = new URL(page.url()).pathname.split('/').pop()!;
      await page.getByRole('heading', { level: 1, name: 'Compte-rendu de la réunion du 31 janvier 2014' }).waitFor();
      await waitForStatus(page, 'connection-status', 'Connecté');

      const boxes = page.locator('.document-body .action-item');
      await expect.poll(() => boxes.count()).toBe(3);
      const origins = page.getByRole('link', { name: 'compte-rendu de la réunion du 22 novembre 2013' });
      // The adoption line and one « issu du compte-rendu du … » line per carried item.
      await expect.poll(() => origins.count()).toBe(4);
      for (const origin of await origins.all()) expect(await origin.getAttribute('href')).toBe(`/cr/${validated!.id}`);
      await page.getByRole('tab', { name: 'Participants' }).click();
      await page.getByRole('region', { name: 'Présence à préciser' }).waitFor();

      await boxes.first().getByLabel('État').selectOption('done');
      await waitForStatus(page, 'sync-status', 'Synchronisé');
      await expect.poll(async () => (await (await context.request.get(`${server.url}/api/minutes/${validated!.id}/carried-items`)).json()).items[0]).toMatchObject({
        status: 'done',
        closedIn: { documentId: nextId },
      });

      await page.goto(`${server.url}/cr/${validated!.id}`);
      await documentBody(page).waitFor({ timeout: 20_000 });
      const closed = page.locator('.document-body .action-item').first().getByTestId('closed-elsewhere');
      await closed.waitFor();
      expect(await closed.textContent()).toContain('Fait — dans le compte-rendu du vendredi 31 janvier 2014');
      expect(await closed.getByRole('link').getAttribute('href')).toBe(`/cr/${nextId}`);
      // The other two are still open, and the validated minutes themselves were not written to.
      await expect.poll(() => page.getByTestId('closed-elsewhere').count()).toBe(1);
      const stillValidated = (await listMinutesViaApi(server.url)).find((minutes) => minutes.id === validated!.id);
      expect(stillValidated?.status).toBe('validated');
      expect(stillValidated?.updatedAt).toBe(validated!.updatedAt);

      // M11: once the new minutes are validated, the old ones say where they were adopted, with a link there.
      const session = await signInViaApi(server.url);
      const adopted = await session.fetch(`/api/minutes/${nextId}/validate`, {
        method: 'POST',
        body: JSON.stringify({ meetingDate: '2014-03-14', confirmWithoutUnanimity: true }),
      });
      expect(adopted.status).toBe(201);
      await page.reload();
      await documentBody(page).waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: 'Relecture' }).click();
      const notice = page.getByTestId('adoption-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toBe('Adopté lors de la réunion du vendredi 31 janvier 2014');
      expect(await notice.getByRole('link').getAttribute('href')).toBe(`/cr/${nextId}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('M8: the list shows each compte-rendu’s series; the coordination adds a series, creates minutes in it and filters by it', async () => {
    const { context, page, errors } = await openContext(browser, server.url);
    try {
      await page.goto(server.url);
      const rows = page.locator('.minutes-row');
      await page.getByRole('link', { name: 'Compte-rendu de la réunion du 22 novembre 2013' }).waitFor();
      expect(await rows.first().locator('.minutes-row__series').textContent()).toContain('Réunion du Collectif');

      await page.getByText('Ajouter une série de réunions').click();
      await page.getByLabel('Nom de la série').fill('Rencontres ministérielles');
      await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
      await page.getByText('Série «\u00a0Rencontres ministérielles\u00a0» ajoutée.').waitFor();

      const form = page.getByRole('form', { name: 'Nouveau compte-rendu' });
      await form.getByLabel('Titre').fill('Rencontre au ministère du 4 février 2014');
      await form.getByLabel('Série').selectOption({ label: 'Rencontres ministérielles' });
      await form.getByRole('button', { name: 'Créer' }).click();
      await page.waitForURL(/\/cr\/[A-Za-z0-9_-]{22}$/);
      await page.getByRole('link', { name: '← Tous les comptes-rendus' }).click();

      await page.locator('#minutes-series-filter').selectOption({ label: 'Rencontres ministérielles' });
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('Rencontre au ministère du 4 février 2014');
      expect(await rows.first().locator('.minutes-row__series').textContent()).toContain('Rencontres ministérielles');
      await page.locator('#minutes-series-filter').selectOption({ label: 'Réunion du Collectif' });
      await expect.poll(async () => (await rows.allTextContents()).every((text) => !text.includes('ministère'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
