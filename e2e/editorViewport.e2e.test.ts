import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editableBody } from './browser';
import { browserSuite } from './browserSuite';
import { invitingPeople } from './invitedPerson';
import { scriptedAdmin, type ScriptedAdmin } from './scriptedAdmin';
import { selectInDocument } from './selectInDocument';

/**
 * Where things land in the editor's window at 1366 × 800: the line being typed, other
 * people's caret labels and the « # » menu must stay where they can be seen.
 */
const suite = browserSuite();
const pageErrors: string[][] = [];
const VIEWPORT = { width: 1366, height: 800 };
const invitePerson = invitingPeople(suite, { emailPrefix: 'fenetre', pageErrors, viewport: VIEWPORT });

afterEach(() => {
  expect(pageErrors.flat()).toEqual([]);
  pageErrors.splice(0);
});

/** Long enough to fill several lines of the page. */
const paragraphText = (n: number) =>
  `Paragraphe ${n} : les associations présentent leurs actions de l’année, les permanences, les maraudes et les formations des bénévoles.`;

async function createLongMinutes(admin: ScriptedAdmin): Promise<string> {
  const paragraph = (n: number) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraphText(n) }] });
  const created = await admin<{ id: string }>('/api/minutes', {
    meta: { title: 'Réunion du Collectif du 22 novembre 2013', meetingDate: '2013-11-22' },
    content: { type: 'doc', content: Array.from({ length: 40 }, (_, n) => paragraph(n + 1)) },
  });
  return created.id;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`${suite.server.url}/cr/${id}`);
  await editableBody(page).filter({ hasText: 'Paragraphe 40' }).waitFor();
}

/** Scrolls the window so that the paragraph starting « Paragraphe n : » has its top `offset` px below the window's top. */
async function scrollParagraphTo(page: Page, n: number, edge: 'top' | 'bottom', offset: number) {
  await page.evaluate(
    ([number, which, by]) => {
      const paragraph = [...document.querySelectorAll('.document-body p')].find((p) =>
        p.textContent?.startsWith(`Paragraphe ${number} :`),
      )!;
      const box = paragraph.getBoundingClientRect();
      const target = which === 'top' ? by : window.innerHeight - by;
      window.scrollBy(0, (which === 'top' ? box.top : box.bottom) - target);
    },
    [n, edge, offset] as const,
  );
}

const coordinationPage = async () => {
  const context = await suite.browser.newContext({ locale: 'fr-FR', viewport: VIEWPORT });
  suite.contexts.push(context);
  await context.request.post(`${suite.server.url}/api/auth/login`, {
    data: { email: 'coordination@minutier.test', password: 'mot de passe des tests e2e' },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  pageErrors.push(errors);
  return page;
};

describe('the editor keeps what matters in sight', () => {
  it('the line being typed is never hidden behind the sticky toolbar', async () => {
    const id = await createLongMinutes(await scriptedAdmin(suite.server.url));
    const page = await coordinationPage();
    await openEditor(page, id);
    await selectInDocument(page, paragraphText(20), paragraphText(20).length);
    // The paragraph slides under the header and the toolbar stuck below it.
    await scrollParagraphTo(page, 20, 'bottom', 800 - 70);
    const toolbarBottom = async () => (await page.locator('.editor-toolbar').boundingBox())!;
    const toolbar = await toolbarBottom();
    const hidden = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    expect(hidden).toBeLessThan(toolbar.y + toolbar.height);

    await page.keyboard.press('Enter');
    await page.keyboard.type('Une ligne nouvelle', { delay: 10 });
    await page.locator('.document-body p', { hasText: 'Une ligne nouvelle' }).waitFor();
    const line = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect());
    const after = await toolbarBottom();
    expect(line.top).toBeGreaterThanOrEqual(after.y + after.height);
    expect(line.bottom).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('R22: a colleague’s caret label at the end of a line stays inside the editor', async () => {
    const admin = await scriptedAdmin(suite.server.url);
    const id = await createLongMinutes(admin);
    const colleague = { name: 'Jean-Christophe Lecteur-Longuenom', association: 'Comité Protestant évangélique pour la Dignité Humaine (CPDH)' };
    const writer = await invitePerson(admin, { name: colleague.name, role: 'member', association: colleague.association });
    const observer = await coordinationPage();
    await openEditor(writer.page, id);
    await openEditor(observer, id);

    // The colleague's caret goes to the end of the first line of paragraph 3, by the page's right edge.
    const endOfFirstLine = await writer.page.evaluate((wanted) => {
      const paragraph = [...document.querySelectorAll('.document-body p')].find((p) => p.textContent === wanted)!;
      const text = paragraph.firstChild as Text;
      const range = document.createRange();
      const topAt = (offset: number) => {
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return Math.round(range.getBoundingClientRect().top);
      };
      const firstTop = topAt(0);
      let offset = 0;
      while (offset + 1 < text.length && topAt(offset + 1) === firstTop) offset++;
      return offset;
    }, paragraphText(3));
    await selectInDocument(writer.page, paragraphText(3), endOfFirstLine);

    const label = observer.locator('.collaboration-carets__label', { hasText: 'Jean-Christophe' });
    await label.waitFor();
    await expect
      .poll(async () => {
        const [box, editor] = [await label.boundingBox(), await observer.locator('.document-body').boundingBox()];
        return box!.x >= editor!.x && box!.x + box!.width <= editor!.x + editor!.width;
      })
      .toBe(true);
    const { scrollWidth, innerWidth } = await observer.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  it('the « # » menu opened near the bottom of the window shows several measures', async () => {
    const id = await createLongMinutes(await scriptedAdmin(suite.server.url));
    const page = await coordinationPage();
    await openEditor(page, id);
    await selectInDocument(page, paragraphText(30), paragraphText(30).length);
    await scrollParagraphTo(page, 30, 'bottom', 30);
    await page.keyboard.type(' #', { delay: 20 });
    const options = page.locator('.suggestion-menu [role="option"]');
    await options.first().waitFor();
    const visible = await options.evaluateAll((items) =>
      items.filter((item) => {
        const box = item.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
    );
    expect(visible).toBeGreaterThanOrEqual(3);
  });
});
