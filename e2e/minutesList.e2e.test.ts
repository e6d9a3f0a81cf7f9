import { describe, expect, it } from 'vitest';
import { createAccountViaApi, createMinutesViaApi, listMinutesViaApi, signInViaApi } from './api';
import { documentBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

describe('list of comptes-rendus', () => {
  it('creates a compte-rendu from the form, opens it, and lists it', async () => {
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    try {
      await page.goto(suite.server.url);
      await page.getByText("Aucun compte-rendu pour l'instant", { exact: false }).waitFor();

      await page.getByLabel('Titre').fill('Réunion du Collectif du 22 novembre');
      await page.getByLabel('Date de la réunion').fill('2013-11-22');
      await page.getByRole('button', { name: 'Créer' }).click();

      await page.waitForURL(/\/cr\/[A-Za-z0-9_-]{22}$/);
      const id = new URL(page.url()).pathname.split('/').pop();
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
    const { context, page } = await openContext(suite.browser, suite.server.url);
    try {
      const before = await listMinutesViaApi(suite.server.url);
      await page.goto(suite.server.url);
      await page.getByLabel('Titre').fill('   ');
      await page.getByRole('button', { name: 'Créer' }).click();
      await page.getByText('Le titre est obligatoire').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await listMinutesViaApi(suite.server.url)).toEqual(before);
    } finally {
      await context.close();
    }
  });

  it('W1: shows the status of each compte-rendu', async () => {
    const drafted = await createMinutesViaApi(suite.server.url, { title: 'Encore en brouillon' });
    const reviewed = await createMinutesViaApi(suite.server.url, { title: 'Envoyé en relecture' });
    const session = await signInViaApi(suite.server.url);
    const moved = await session.fetch(`/api/minutes/${reviewed}/status`, { method: 'POST', body: JSON.stringify({ status: 'review' }) });
    expect(moved.status).toBe(200);

    const { context, page } = await openContext(suite.browser, suite.server.url);
    try {
      await page.goto(suite.server.url);
      const rowOf = (id: string) => page.locator('.minutes-row').filter({ has: page.locator(`a[href="/cr/${id}"]`) });
      await rowOf(reviewed).getByText('En relecture', { exact: true }).waitFor();
      await rowOf(drafted).getByText('Brouillon', { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('A8: offers neither creating nor importing to a reader', async () => {
    const reader = await createAccountViaApi(suite.server.url, {
      name: 'Lecteur du ministère',
      email: 'lecteur@ministere.test',
      password: 'lire sans écrire',
      role: 'reader',
    });
    await createMinutesViaApi(suite.server.url, { title: 'Lu par le ministère' });
    const { context, page } = await openContext(suite.browser, suite.server.url, { signInAs: reader });
    try {
      await page.goto(suite.server.url);
      await page.getByRole('link', { name: 'Lu par le ministère' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Nouveau compte-rendu' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Importer' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('imports a compte-rendu written elsewhere and says what to check', async () => {
    const text = [
      'COMPTE-RENDU DE LA REUNION DU 17 JANVIER 2014',
      'DU COLLECTIF « ENSEMBLE CONTRE LA TRAITE DES ETRES HUMAINS »',
      '',
      'Présents : Amicale du Nid, Hors la Rue, CCEM',
      '',
      'I- Actualités des associations',
      '',
      'Amicale du Nid : présente son rapport annuel.',
      '',
      'Hors la Rue : signale deux nouvelles situations.',
      '',
      'II- Prochaine réunion',
      '',
      'La prochaine réunion aura lieu le 14 mars 2014.',
    ].join('\n');
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    try {
      await page.goto(suite.server.url);
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Importer un compte-rendu' });
      const file = dialog.getByLabel('Fichier à importer (.txt, .md, .docx, .odt ou .html)');

      await file.setInputFiles({ name: 'ordre-du-jour.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
      await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
      await dialog.getByRole('alert').filter({ hasText: 'Minutier importe les fichiers .txt, .md, .docx, .odt et .html.' }).waitFor();

      await file.setInputFiles({ name: 'cr-2014-01-17.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
      await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
      await dialog.getByText('Le compte-rendu a été créé.').waitFor();
      await dialog.getByRole('heading', { name: 'Reconnu' }).waitFor();
      await dialog.getByText('2 parties numérotées').waitFor();
      await dialog.getByRole('link', { name: 'Ouvrir le compte-rendu' }).click();
      await page.waitForURL(/\/cr\/[A-Za-z0-9_-]{22}$/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
