import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listMinutesViaApi, signInViaApi } from './api';
import { documentBody, editableBody, launchChromium, waitForStatus } from './browser';
import { expectReflows } from './reflow';
import { E2E_ADMIN, type RunningServer, startServer } from './serverProcess';

/**
 * RGAA 10.11 / WCAG 1.4.10: every page at 375 px (a phone), 1024 px (a small laptop) and at
 * 200 % zoom, without the page scrolling sideways, its controls within reach and its text AA
 * contrasted. The 200 % zoom of a 1280×800 window lays the page out in 640×400 CSS pixels:
 * it is emulated by that viewport with a device scale factor of 2, which is what zooming does
 * (same media queries, same layout, twice the device pixels per CSS pixel).
 */
const VIEWPORTS = [
  { name: '375 px', width: 375, height: 812, deviceScaleFactor: 1 },
  { name: '1024 px', width: 1024, height: 768, deviceScaleFactor: 1 },
  { name: '200 % zoom', width: 640, height: 400, deviceScaleFactor: 2 },
];

/** The demo's validated minutes of 22 November 2013, the draft that follows them, and minutes with suggestions. */
let server: RunningServer;
let browser: Browser;
let demo: { validated: string; draft: string; annotated: string };
const contexts: Array<{ close(): Promise<void> }> = [];
beforeAll(async () => {
  server = await startServer({ demoContent: true });
  browser = await launchChromium();
  const minutes = await listMinutesViaApi(server.url);
  demo = {
    validated: minutes.find((entry) => entry.status === 'validated')!.id,
    draft: minutes.find((entry) => entry.status === 'draft')!.id,
    annotated: await annotatedMinutes(),
  };
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Minutes with what the demo lacks: suggestions of two associations and of an account
 * without one, a comment thread, and an address and a word too long for a phone's line.
 */
async function annotatedMinutes(): Promise<string> {
  const admin = await signInViaApi(server.url);
  const text = (value: string, ...marks: unknown[]) => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
  const suggestion = (type: string, id: string, association: string) => ({
    type,
    attrs: { id, userId: 'u-' + id, author: 'Hélène De Rugy', association },
  });
  const created = await admin.fetch('/api/minutes', {
    method: 'POST',
    body: JSON.stringify({
      meta: { title: 'Réunion annotée', meetingDate: '2014-01-31' },
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              text('Le Collectif '),
              text('salue le travail', suggestion('deletion', 's1', 'Amicale du Nid')),
              text(' prend acte '),
              text('des chiffres de la MIPROF', suggestion('insertion', 's2', 'Hors la Rue')),
              text(' et '),
              text('de la circulaire', suggestion('insertion', 's3', '')),
              text('.'),
            ],
          },
          {
            type: 'paragraph',
            content: [
              text('Voir https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000028651814?r=plan-d-action-national-contre-la-traite-des-etres-humains-2014-2016 et l’anticonstitutionnellementissime rapport.'),
            ],
          },
        ],
      },
    }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const thread = await admin.fetch(`/api/minutes/${id}/comments`, {
    method: 'POST',
    body: JSON.stringify({ quote: 'prend acte', body: 'Les chiffres de la MIPROF sont-ils ceux de 2013 ?' }),
  });
  expect(thread.status).toBe(201);
  return id;
}

async function openAt({ width, height, deviceScaleFactor }: (typeof VIEWPORTS)[number], { signedIn = true } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width, height }, deviceScaleFactor });
  contexts.push(context);
  if (signedIn) {
    const login = await context.request.post(`${server.url}/api/auth/login`, { data: E2E_ADMIN });
    if (!login.ok()) throw new Error(`sign-in answered ${login.status()}`);
  }
  return context.newPage();
}

/** The pages outside the editor, each with what shows it is loaded. */
const PAGES = [
  { path: '/', ready: (page: Page) => page.getByRole('heading', { name: 'Comptes-rendus' }).first() },
  { path: '/registre', ready: (page: Page) => page.getByRole('row', { name: /Mesure 22/ }) },
  { path: '/a-suivre', ready: (page: Page) => page.locator('table').first() },
  { path: '/recherche?q=traite', ready: (page: Page) => page.locator('.search-result').first() },
  { path: '/membres', ready: (page: Page) => page.getByRole('heading', { name: 'Membres et associations' }) },
  { path: '/journal', ready: (page: Page) => page.locator('.audit-table tbody tr').first() },
  { path: '/parametres', ready: (page: Page) => page.getByRole('heading', { level: 1 }) },
  { path: '/mesures/pan-teh-2014-2016/22', ready: (page: Page) => page.getByRole('heading', { level: 1, name: /Mesure 22/ }) },
];

describe.each(VIEWPORTS)('at $name', (viewport) => {
  it('no page outside the editor scrolls sideways, hides a control or lacks contrast', async () => {
    const page = await openAt(viewport);
    for (const { path, ready } of PAGES) {
      await page.goto(`${server.url}${path}`);
      await ready(page).waitFor();
      await expectReflows(page, path);
    }
    await page.goto(`${server.url}/`);
    await expectTargetsOf24px(page, '.app-header');
    const signedOut = await openAt(viewport, { signedIn: false });
    await signedOut.goto(`${server.url}/connexion`);
    await signedOut.getByRole('button', { name: 'Se connecter' }).waitFor();
    await expectReflows(signedOut, '/connexion');
    await signedOut.goto(`${server.url}/accessibilite`);
    await signedOut.getByRole('heading', { level: 1 }).waitFor();
    await expectReflows(signedOut, '/accessibilite');
  });

  it('the draft editor, each of its side panels and the export dialog fit, the text below the sticky bars', async () => {
    const page = await openAt(viewport);
    await page.goto(`${server.url}/cr/${demo.draft}`);
    await waitForStatus(page, 'connection-status', 'Connecté');
    await editableBody(page).waitFor();
    await expectReflows(page, 'éditeur');
    await expectTargetsOf24px(page, '.app-header, .editor-toolbar, .side-panels__tabs');
    await expectTextBelowStickyBars(page);
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await tab.and(page.locator('[aria-selected="true"]')).waitFor();
      await expectReflows(page, `panneau ${await tab.textContent()}`);
    }
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter le compte-rendu' });
    await dialog.waitFor();
    await expectReflows(page, 'dialogue d’export');
    // Taller than a zoomed window, the dialog scrolls: its last button comes into view whole.
    const close = dialog.getByRole('button', { name: 'Fermer', exact: true }).last();
    await close.scrollIntoViewIfNeeded();
    const box = (await close.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  });

  it('suggestions, comments and long words fit, in the text and in their panels', async () => {
    const page = await openAt(viewport);
    await page.goto(`${server.url}/cr/${demo.annotated}`);
    await waitForStatus(page, 'connection-status', 'Connecté');
    await documentBody(page).locator('.suggestion-text--insertion').first().waitFor();
    await expectReflows(page, 'suggestions dans le texte');
    for (const name of ['Suggestions', 'Commentaires']) {
      await page.getByRole('tab', { name }).click();
      await page.getByRole('tabpanel').getByText(name === 'Suggestions' ? 'Hors la Rue' : 'Les chiffres de la MIPROF', { exact: false }).first().waitFor();
      await expectReflows(page, `panneau ${name}`);
    }
  });

  it('the validated minutes fit, read-only, their text below the sticky bars', async () => {
    const page = await openAt(viewport);
    await page.goto(`${server.url}/cr/${demo.validated}`);
    await documentBody(page).waitFor({ timeout: 20_000 });
    await page.getByText('Validé', { exact: false }).first().waitFor();
    await expectReflows(page, 'compte-rendu validé');
    await expectTextBelowStickyBars(page);
  });
});

/**
 * The links and buttons of the bars are targets of 24×24 px at least (WCAG 2.2's 2.5.8, a
 * nicety under 2.1 but what a finger on a phone needs).
 */
async function expectTargetsOf24px(page: Page, bars: string) {
  const small = await page.evaluate((selector) => {
    const targets = [...document.querySelectorAll(selector)].flatMap((bar) => [...bar.querySelectorAll('a[href], button, input, select, [role="tab"]')]);
    return targets
      // Skip links are clipped away until focused.
      .filter((target) => getComputedStyle(target).clipPath === 'none')
      .map((target) => ({ name: (target.textContent ?? '').trim() || target.getAttribute('aria-label'), box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 1 && box.height > 1 && (box.width < 24 || box.height < 24))
      .map(({ name, box }) => `« ${name} » ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, bars);
  expect(small, 'targets under 24 px').toEqual([]);
}

/**
 * Scrolled to any paragraph, the text shows between the sticky bars and the window's bottom,
 * and the bars leave most of the window to it.
 */
async function expectTextBelowStickyBars(page: Page) {
  const paragraph = documentBody(page).locator('p').nth(3);
  await paragraph.scrollIntoViewIfNeeded();
  const covered = await paragraph.evaluate((element) => {
    const bars = [...document.querySelectorAll<HTMLElement>('body *')].filter((bar) => {
      const position = getComputedStyle(bar).position;
      return (position === 'sticky' || position === 'fixed') && bar.getBoundingClientRect().top <= 0.5;
    });
    const barsBottom = Math.max(0, ...bars.map((bar) => bar.getBoundingClientRect().bottom));
    const { top, left, width } = element.getBoundingClientRect();
    const shown = document.elementFromPoint(left + Math.min(width / 2, 40), top + 4);
    return { barsBottom, top, visible: shown !== null && element.contains(shown), height: window.innerHeight };
  });
  expect(covered.visible, JSON.stringify(covered)).toBe(true);
  expect(covered.barsBottom, 'sticky bars take at most a third of the window').toBeLessThanOrEqual(covered.height / 3);
}
