import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccountViaApi } from './api';
import { browserSuite } from './browserSuite';
import { E2E_ADMIN, type Credentials } from './serverProcess';
import { associationId, scriptedAdmin } from './scriptedAdmin';

/**
 * The pages at the widths people use (1024, 1366 and 1920 px), filled with the long names a
 * real collective has: nothing may push the page sideways, hide « Se déconnecter », squeeze
 * a button or a name to one letter per line, or leave « Suggérer » alone on a toolbar line.
 */
const suite = browserSuite();
const WIDTHS = [1024, 1366, 1920];
const LONG_ASSOCIATION = 'Comité Protestant évangélique pour la Dignité Humaine (CPDH)';
const LONG_TITLE =
  'Compte-rendu de la réunion du Collectif « Ensemble contre la traite des êtres humains » du vendredi 22 novembre 2013 au Secours Catholique, avec les ateliers du 14 et 15 novembre à Marseille et la préparation de la journée européenne';

interface Collective {
  documentId: string;
  reader: Credentials;
}

/** What the tests look at, made once per server (a retried test gets a fresh server). */
const collectives = new Map<string, Promise<Collective>>();
function collective(): Promise<Collective> {
  const url = suite.server.url;
  if (!collectives.has(url)) collectives.set(url, fillCollective(url));
  return collectives.get(url)!;
}

async function fillCollective(url: string): Promise<Collective> {
  const admin = await scriptedAdmin(url);
  const longAssociation = await associationId(admin, LONG_ASSOCIATION);
  await associationId(admin, 'Secours Catholique – Caritas France');
  const reader = await createAccountViaApi(url, {
    name: 'Jean-Christophe Lecteur-Longuenom',
    email: 'jean-christophe.lecteur-longuenom@secours-catholique-caritas.org',
    password: 'lecteur du collectif',
    role: 'reader',
  });
  await createAccountViaApi(url, {
    name: 'Sarah Berthelot',
    email: 'sarah.berthelot@ensemble-contre-la-traite.org',
    password: 'secrétariat du collectif',
    role: 'secretariat',
  });
  const { users } = await admin<{ users: Array<{ id: string }> }>('/api/users');
  for (const user of users) await admin(`/api/users/${user.id}`, { associationId: longAssociation }, 'PATCH');
  const paragraph = (n: number) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Paragraphe ${n} : les associations présentent leurs actions de l’année écoulée.` }],
  });
  const { id } = await admin<{ id: string }>('/api/minutes', {
    meta: { title: LONG_TITLE, meetingDate: '2013-11-22', place: 'Paris' },
    content: {
      type: 'doc',
      content: [
        ...Array.from({ length: 12 }, (_, n) => paragraph(n + 1)),
        // Overdue and owned by every account's association: the header shows its « Rappels » (T5).
        { type: 'actionItem', attrs: { id: 'rappel', owners: [LONG_ASSOCIATION], due: '2014-01-15', status: 'open' }, content: [paragraph(13)] },
      ],
    },
  });
  return { documentId: id, reader };
}

async function openPage(width: number, credentials: Credentials = E2E_ADMIN): Promise<Page> {
  const context = await suite.browser.newContext({ locale: 'fr-FR', viewport: { width, height: 800 } });
  suite.contexts.push(context);
  const login = await context.request.post(`${suite.server.url}/api/auth/login`, { data: credentials });
  if (!login.ok()) throw new Error(`sign-in answered ${login.status()}`);
  return context.newPage();
}

/** The page is no wider than the window, and the account menu opens onto a visible « Se déconnecter ». */
async function expectHeaderFits(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const toggle = page.locator('.account-menu__toggle');
  const header = (await page.locator('.app-header').boundingBox())!;
  const box = (await toggle.boundingBox())!;
  // The name block is whole: inside the window and inside the header's height.
  expect(box.x + box.width).toBeLessThanOrEqual(innerWidth);
  expect(box.y).toBeGreaterThanOrEqual(header.y);
  expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
  await toggle.click();
  const signOut = (await page.getByRole('button', { name: 'Se déconnecter' }).boundingBox())!;
  expect(signOut.x).toBeGreaterThanOrEqual(0);
  expect(signOut.x + signOut.width).toBeLessThanOrEqual(innerWidth);
  await page.keyboard.press('Escape');
}

/**
 * Scrolled down, the editor's sticky toolbar sits right below the sticky header, however many
 * lines the header takes: none of its buttons slides under the header.
 */
async function expectToolbarBelowHeader(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(async () => {
      const header = (await page.locator('.app-header').boundingBox())!;
      const toolbar = (await page.locator('.editor-toolbar').boundingBox())!;
      return Math.round(toolbar.y - (header.y + header.height));
    })
    .toBeGreaterThanOrEqual(-1);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** How many lines each piece of text takes, by the boxes the browser draws for it. */
function linesOf(page: Page, selector: string): Promise<Array<{ text: string; lines: number; words: number }>> {
  return page.evaluate((wanted) => {
    return [...document.querySelectorAll(wanted)].map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      const text = element.textContent ?? '';
      // A line may end after a space or a hyphen (« Jean- / Christophe »).
      return { text, lines: tops.size, words: text.split(/[\s-]+/).filter(Boolean).length };
    });
  }, selector);
}

describe.each(WIDTHS)('at %i px', (width) => {
  it('no page scrolls sideways and « Se déconnecter » stays in the window', async () => {
    const { documentId, reader } = await collective();
    const page = await openPage(width);
    for (const [path, ready] of [
      ['/', 'Comptes-rendus'],
      ['/membres', 'Membres et associations'],
      ['/journal', 'Journal'],
      ['/a-suivre', 'À suivre'],
    ] as const) {
      await page.goto(`${suite.server.url}${path}`);
      await page.getByRole('heading', { name: ready }).first().waitFor();
      await page.getByRole('link', { name: 'Rappels\u00a0: 1 point à suivre en retard' }).waitFor();
      await expectHeaderFits(page);
    }
    await page.goto(`${suite.server.url}/cr/${documentId}`);
    await page.locator('.document-body', { hasText: 'Paragraphe 12' }).waitFor();
    await expectHeaderFits(page);
    await expectToolbarBelowHeader(page);

    // Read-only: the « Lecture seule » badge takes room too.
    const reading = await openPage(width, reader);
    await reading.goto(`${suite.server.url}/cr/${documentId}`);
    await reading.getByTestId('read-only').waitFor();
    await reading.locator('.document-body', { hasText: 'Paragraphe 12' }).waitFor();
    await expectHeaderFits(reading);
  });

  it('A8: member rows keep their buttons on one line, the journal its names whole', async () => {
    await collective();
    const page = await openPage(width);
    await page.goto(`${suite.server.url}/membres`);
    await page.getByRole('button', { name: 'Désactiver le compte de Sarah Berthelot' }).waitFor();
    // The whole table shows, buttons included, without scrolling it sideways.
    expect(await page.locator('.table-scroll').evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    for (const row of await page.locator('.admin-table tbody.account > tr').all()) {
      expect((await row.boundingBox())!.height).toBeLessThan(120);
    }
    const buttons = await linesOf(page, '.admin-table__actions .button');
    expect(buttons.length).toBeGreaterThanOrEqual(6);
    for (const button of buttons) expect(button, button.text).toMatchObject({ lines: 1 });
    // Each button is wider than its text: nothing is cut.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.admin-table__actions .button')].filter(
        (button) => button.scrollWidth > button.clientWidth,
      ).length,
    );
    expect(cut).toBe(0);

    await page.goto(`${suite.server.url}/journal`);
    await page.getByRole('cell', { name: 'Jean-Christophe Lecteur-Longuenom' }).first().waitFor();
    expect(await page.locator('.table-scroll').evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    // « Par »: a name may wrap between its words, never between its letters.
    for (const cell of await linesOf(page, '.audit-table tbody td:nth-child(2)')) {
      expect(cell.lines, cell.text).toBeLessThanOrEqual(cell.words);
    }
  });

  it('the toolbar never leaves « Suggérer » alone on a line', async () => {
    const { documentId } = await collective();
    const page = await openPage(width);
    await page.goto(`${suite.server.url}/cr/${documentId}`);
    await page.locator('.document-body', { hasText: 'Paragraphe 12' }).waitFor();
    const rows = await page.evaluate(() => {
      const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
      const buttons = [...document.querySelectorAll('.editor-toolbar button')];
      const suggest = buttons.find((button) => button.textContent === 'Suggérer')!;
      return { rows: new Set(buttons.map(top)).size, withSuggest: buttons.filter((b) => top(b) === top(suggest)).length };
    });
    // Not alone, and not even with « Commenter » only: the whole toolbar is one line at these widths.
    expect(rows).toEqual({ rows: 1, withSuggest: 12 });
  });
});
