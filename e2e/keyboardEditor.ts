import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { documentBody } from './browser';
import { expectFocusOn, expectVisibleFocus, isFocused, pressUntilFocused } from './keyboardFocus';

/** The editor's toolbar, one Tab stop walked with the arrows. */
export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Mise en forme et insertion' });

export const toolbarButton = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });

/** Escape from the text to the toolbar, the arrows to the button `name`, Enter. */
export async function pressToolbarButton(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expectFocusOn(toolbar(page));
  await pressUntilFocused(page, toolbarButton(page, name), { key: 'ArrowRight', max: 14 });
  await page.keyboard.press('Enter');
}

/** An insertion from the toolbar: the focus goes back to the text, at the new block. */
export async function insertFromToolbar(page: Page, name: string): Promise<void> {
  await pressToolbarButton(page, name);
  await expectFocusOn(documentBody(page));
}

/** Brings the side panel `name` to the front: Tab (or `key`) to the tab list, then the arrows. */
export async function openSidePanel(page: Page, name: string, { key = 'Tab' } = {}): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Panneaux du compte-rendu' });
  await pressUntilFocused(page, tabs.getByRole('tab', { selected: true }), { key });
  const wanted = tabs.getByRole('tab', { name, exact: true });
  for (let presses = 0; presses < 6 && !(await isFocused(wanted)); presses++) {
    await page.keyboard.press('ArrowRight');
    await expectVisibleFocus(page);
  }
  expect(await wanted.getAttribute('aria-selected')).toBe('true');
}

/** Ends the block the caret is in (a turn, an « À suivre »): an empty paragraph leaves it. */
export async function leaveBlock(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}
