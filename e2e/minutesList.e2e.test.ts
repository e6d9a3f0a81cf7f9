import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { listMinutesViaApi } from './api';
import { documentBody, enterIdentity, launchChromium, openContext, waitForStatus } from './browser';
import { startServer, type RunningServer } from './serverProcess';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('list of comptes-rendus', () => {
  it('creates a compte-rendu from the form, opens it, and lists it', async () => {
    const { context, page, errors } = await openContext(browser, server.url);
    try {
      await page.goto(server.url);
      await page.getByText("Aucun compte-rendu pour l'instant", { exact: false }).waitFor();

      await page.getByLabel('Titre').fill('Réunion du Collectif du 22 novembre');
      await page.getByLabel('Date de la réunion').fill('2013-11-22');
      await page.getByRole('button', { name: 'Créer' }).click();

      await page.waitForURL(/\/cr\/[A-Za-z0-9_-]{22}$/);
      const id = new URL(page.url()).pathname.split('/').pop();
      await enterIdentity(page, { name: 'Sarah Berthelot', association: 'Secrétariat du Collectif' });
      await page.getByRole('heading', { level: 1, name: 'Réunion du Collectif du 22 novembre' }).waitFor();
      await page.getByText('Réunion du vendredi 22 novembre 2013').waitFor();
      await waitForStatus(page, 'connection-status', 'Connecté');
      await documentBody(page).waitFor();

      await page.getByRole('link', { name: '← Tous les comptes-rendus' }).click();
      const row = page.getByRole('link', { name: 'Réunion du Collectif du 22 novembre' });
      await row.waitFor();
      expect(await row.getAttribute('href')).toBe(`/cr/${id}`);
      await page.getByText('Réunion du vendredi 22 novembre 2013', { exact: false }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows French validation errors without creating anything', async () => {
    const { context, page } = await openContext(browser, server.url);
    try {
      const before = await listMinutesViaApi(server.url);
      await page.goto(server.url);
      await page.getByLabel('Titre').fill('   ');
      await page.getByRole('button', { name: 'Créer' }).click();
      await page.getByText('Le titre est obligatoire').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await listMinutesViaApi(server.url)).toEqual(before);
    } finally {
      await context.close();
    }
  });
});
