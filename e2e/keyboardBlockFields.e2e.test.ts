import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editableBody, openContext } from './browser';
import { browserSuite } from './browserSuite';
import { scriptedAdmin } from './scriptedAdmin';

/**
 * The text is one Tab stop (issue 20): the fields of the blocks (« À suivre » owners, due
 * date, state…) are reached from the block holding the caret, not by walking through every
 * block of the compte-rendu on the way to the side panels.
 */
const suite = browserSuite();

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const actionItem = (id: string, text: string) => ({
  type: 'actionItem',
  attrs: { id, owners: [], due: null, status: 'open' },
  content: [paragraph(text)],
});

async function openBoxes(): Promise<Page> {
  const admin = await scriptedAdmin(suite.server.url);
  const { id } = await admin<{ id: string }>('/api/minutes', {
    meta: { title: 'Trois points à suivre', meetingDate: '2014-01-31' },
    content: {
      type: 'doc',
      content: [
        paragraph('Ouverture de la séance.'),
        actionItem('premier', 'Premier point à suivre.'),
        actionItem('deuxieme', 'Deuxième point à suivre.'),
        actionItem('troisieme', 'Troisième point à suivre.'),
        paragraph('Fin de la séance.'),
      ],
    },
  });
  const { context, page } = await openContext(suite.browser, suite.server.url);
  suite.contexts.push(context);
  await page.goto(`${suite.server.url}/cr/${id}`);
  await editableBody(page).waitFor();
  await page.locator('.action-item').nth(2).waitFor();
  return page;
}

/** Where the focus is: inside which « À suivre » box (its text), in the body elsewhere, or outside it. */
function focusPlace(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || !active.closest('.document-body')) return 'outside';
    const box = active.closest('.action-item');
    if (!box) return active.classList.contains('document-body') ? 'text' : 'body';
    return box.querySelector('p:not(.action-item__title)')?.textContent ?? 'box';
  });
}

/** Presses Tab until the focus leaves the body, and answers where each press landed. */
async function tabOutOfBody(page: Page): Promise<string[]> {
  const places: string[] = [];
  for (let press = 0; press < 30; press++) {
    await page.keyboard.press('Tab');
    const place = await focusPlace(page);
    places.push(place);
    if (place === 'outside') return places;
  }
  throw new Error(`the focus never left the text: ${places.join(', ')}`);
}

describe('the text is one Tab stop, the block at the caret lends its fields', () => {
  it('from a paragraph, Tab leaves the text at once, past every box', async () => {
    const page = await openBoxes();
    await editableBody(page).getByText('Ouverture de la séance.').click();
    await expect.poll(() => focusPlace(page)).toBe('text');
    expect(await tabOutOfBody(page)).toEqual(['outside']);
  });

  it('from inside a box, Tab goes through that box’s fields only, then leaves the text', async () => {
    const page = await openBoxes();
    await editableBody(page).getByText('Deuxième point à suivre.').click();
    // The box's fields join the Tab order once the caret is in it (a frame later).
    await expect
      .poll(() => page.locator('.action-item').nth(1).locator('[data-tab-parked]').count())
      .toBe(0);
    const places = await tabOutOfBody(page);
    expect(places.length).toBeGreaterThan(1);
    expect(places.slice(0, -1)).toEqual(places.slice(0, -1).map(() => 'Deuxième point à suivre.'));
    // Shift+Tab comes back through the same fields to the text.
    await page.keyboard.press('Shift+Tab');
    expect(await focusPlace(page)).toBe('Deuxième point à suivre.');
  });
});
