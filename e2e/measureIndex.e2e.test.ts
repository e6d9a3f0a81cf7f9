import { describe, expect, it } from 'vitest';
import { createAccountViaApi, signInViaApi } from './api';
import { documentBody, openContext, waitForStatus } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();
const PLAN = 'pan-teh-2014-2016';
const TITLE = 'Réunion des mesures';
const text = (value: string) => ({ type: 'text', text: value });
const ref = (number: number) => ({ type: 'measureRef', attrs: { plan: PLAN, number, item: '' } });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('measure index (SPEC X1, X5)', () => {
  it('a document citing mesure 22: the measure page lists the passage with its speaker, and opens the editor at it', async () => {
    const session = await signInViaApi(suite.server.url);
    const filler = Array.from({ length: 40 }, (_, n) => paragraph(text(`Point d’ordre du jour numéro ${n + 1}, sans mesure.`)));
    const created = await session.fetch('/api/minutes', {
      method: 'POST',
      body: JSON.stringify({
        meta: { title: TITLE, meetingDate: '2014-01-31' },
        content: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [text('Actualités')] },
            ...filler,
            {
              type: 'speakerTurn',
              attrs: { id: 'tour-mesure', organisation: 'Amicale du Nid', person: 'Hélène', role: '' },
              content: [paragraph(text('Où en est la '), ref(22), text(' ? Le ministère ne répond pas.'))],
            },
            paragraph(text('La mesure 22 reste à relier.')),
          ],
        },
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/`);
    // The registry is reached from the header, and shows the counts of each measure.
    await page.getByRole('navigation', { name: 'Pages principales' }).getByRole('link', { name: 'Mesures' }).click();
    const row = page.getByRole('row', { name: /Mesure 22/ });
    await row.getByText('1 passage dans 1 compte-rendu').waitFor();
    // Keyboard: the measure's link is reached and followed like any link.
    await row.getByRole('link', { name: 'Mesure 22' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mesures\/pan-teh-2014-2016\/22$/);

    const passages = page.getByRole('region', { name: 'Passages qui la citent' });
    const passage = passages.locator('.search-result').filter({ hasText: 'Amicale du Nid (Hélène)' });
    await passage.waitFor();
    await passage.getByText('Où en est la mesure 22 ?').waitFor();
    expect(await passage.textContent()).toContain('section «\u00a0Actualités\u00a0»');
    const toLink = page.getByRole('region', { name: 'À relier' }).locator('.search-result').filter({ hasText: TITLE });
    await toLink.getByText('La mesure 22 reste à relier.').waitFor();

    // « Relier » turns the words into a reference: they move to the counted passages.
    await toLink.getByRole('button', { name: new RegExp(`Relier .*${TITLE}`) }).click();
    await page.getByRole('status').filter({ hasText: 'Mesure 22 — 2 passages dans 1 compte-rendu' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'À relier' }).locator('.search-result').filter({ hasText: TITLE }).count()).toBe(0);

    const link = passage.getByRole('link', { name: new RegExp(TITLE) });
    expect(await link.getAttribute('href')).toBe(`/cr/${id}#bloc-tour-mesure`);
    await link.click();
    await waitForStatus(page, 'connection-status', 'Connecté');
    const cited = documentBody(page).getByText(/Le ministère ne répond pas/);
    await cited.waitFor();
    await expect
      .poll(() =>
        cited.evaluate((element) => {
          const { top, bottom } = element.getBoundingClientRect();
          return window.scrollY > 0 && top >= 0 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('a reader reaches the registry from the header, reads the counts and the measure page, and renames nothing', async () => {
    const reader = await createAccountViaApi(suite.server.url, {
      name: 'Lecteur du Collectif',
      email: 'lecteur@collectif.test',
      password: 'lecteur du collectif',
      role: 'reader',
    });
    const { context, page, errors } = await openContext(suite.browser, suite.server.url, { signInAs: reader });
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('navigation', { name: 'Pages principales' }).getByRole('link', { name: 'Mesures' }).click();
    const row = page.getByRole('row', { name: /Mesure 22/ });
    await row.waitFor();
    expect(await page.getByRole('button', { name: /Renommer/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ajouter la mesure' }).count()).toBe(0);
    await row.getByRole('link', { name: 'Mesure 22' }).click();
    await page.getByRole('heading', { name: /^Mesure 22/ }).waitFor();
    await page.getByRole('region', { name: 'Passages qui la citent' }).getByRole('status').waitFor();
    expect(await page.getByRole('button', { name: /Relier/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
