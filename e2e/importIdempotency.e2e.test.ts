import { describe, expect, it } from 'vitest';
import { listMinutesViaApi } from './api';
import { openContext } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

describe('one submission, one compte-rendu (issue 15, point 10)', () => {
  it('imports once when « Importer » is double-clicked right after a failed attempt', async () => {
    const text = ['COMPTE-RENDU DE LA REUNION DU 7 FEVRIER 2014', '', 'Présents : Amicale du Nid, Hors la Rue, CCEM', '', 'I- Actualités', '', 'Hors la Rue : présente son bilan.', ''].join('\n');
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    try {
      const keys: string[] = [];
      let attempts = 0;
      // The first attempt is lost on the way (a dropped connection); the next ones reach the server.
      await page.route('**/api/minutes/import', async (route) => {
        keys.push((await route.request().headerValue('idempotency-key')) ?? '');
        attempts += 1;
        if (attempts === 1) await route.abort('connectionreset');
        else await route.continue();
      });
      const before = (await listMinutesViaApi(suite.server.url)).length;
      await page.goto(suite.server.url);
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Importer un compte-rendu' });
      await dialog.getByLabel(/^Fichier à importer/).setInputFiles({ name: 'cr-2014-02-07.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
      const submit = dialog.getByRole('button', { name: 'Importer', exact: true });
      await submit.click();
      await dialog.getByRole('alert').filter({ hasText: 'Impossible de joindre le serveur' }).waitFor();

      await submit.dblclick();
      await dialog.getByText('Le compte-rendu a été créé.').waitFor();

      expect(await listMinutesViaApi(suite.server.url)).toHaveLength(before + 1);
      // Every attempt of this one file carried the same key, so a request that got through twice counts once.
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(errors.filter((error) => !/Failed to load resource|net::ERR/.test(error))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
