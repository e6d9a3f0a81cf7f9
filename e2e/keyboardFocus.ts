import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** What a sighted keyboard user sees of the focused element. */
interface FocusSeen {
  /** `button « Gras »`, for failure messages and for finding an element by its name. */
  description: string;
  /** The focus is on the page itself (`<body>`): lost. */
  lost: boolean;
  /** Part of it is in the window and not covered by anything (a sticky bar). */
  uncovered: boolean;
  /** An outline or a ring around it (the body of the document shows it on its page). */
  indicated: boolean;
}

function focusSeen(page: Page): Promise<FocusSeen> {
  return page.evaluate(() => {
    // In a modal dialog too, `activeElement` is what has the keyboard's focus.
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: 'body', lost: true, uncovered: false, indicated: false };
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const description = `${role} «\u00a0${name}\u00a0»`;

    const rect = element.getBoundingClientRect();
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, window.innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, window.innerHeight);
    let uncovered = false;
    if (right > left && bottom > top) {
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      uncovered = hit !== null && (element === hit || element.contains(hit) || hit.contains(element));
    }

    const shows = (target: Element) => {
      const style = getComputedStyle(target);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== 'none';
    };
    // The text being written shows its focus on the page around it, not as a ring hugging the words.
    const page = element.isContentEditable ? element.closest('.document-page') : null;
    // A date field's last Tab stop is the browser's own calendar button, inside the field, which
    // draws its own ring: the field itself then no longer matches :focus.
    const onPickerButton = element.matches('input[type="date"], input[type="time"]') && !element.matches(':focus');
    const indicated = onPickerButton || shows(element) || (page !== null && shows(page));
    return { description, lost: false, uncovered, indicated };
  });
}

/** The focus is somewhere, visible and not under a sticky bar, with a focus indicator; returns what it is on. */
export async function expectVisibleFocus(page: Page): Promise<string> {
  // Scrolling the focused element into view, and drawing its ring, may take a frame or two.
  let seen = await focusSeen(page);
  for (let attempt = 0; attempt < 20 && !(seen.uncovered && seen.indicated); attempt++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    seen = await focusSeen(page);
  }
  expect(seen.lost, 'the focus is lost on the page body').toBe(false);
  expect(seen.uncovered, `${seen.description} is out of sight or covered`).toBe(true);
  expect(seen.indicated, `${seen.description} shows no focus indicator`).toBe(true);
  return seen.description;
}

/** Whether the focused element is `target` (or inside it). */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
}

/** Waits until the focus is on (or in) `target`. */
export async function expectFocusOn(target: Locator): Promise<void> {
  await expect.poll(() => isFocused(target), { timeout: 10_000 }).toBe(true);
}

/**
 * Presses `key` (Tab by default) until the focus is on `target`, checking at every step that
 * the focus can be seen; fails with the path taken after `max` presses.
 */
export async function pressUntilFocused(page: Page, target: Locator, { key = 'Tab', max = 40 } = {}): Promise<number> {
  const path: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    path.push(await expectVisibleFocus(page));
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${key} never reached the target; the focus went through: ${path.join(' → ')}`);
}

/** Tab and Shift+Tab go round the dialog's fields without ever leaving it, each focus visible. */
export async function expectTabStaysInside(page: Page, dialog: Locator): Promise<void> {
  const start = await page.evaluateHandle(() => document.activeElement);
  const backAtStart = () => page.evaluate((first) => document.activeElement === first, start);
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen: string[] = [];
    for (let presses = 0; presses < 30 && (presses === 0 || !(await backAtStart())); presses++) {
      await page.keyboard.press(key);
      seen.push(await expectVisibleFocus(page));
      expect(await isFocused(dialog), `${key} left the dialog after ${seen.join(' → ')}`).toBe(true);
    }
    expect(await backAtStart(), `${key} never came round: ${seen.join(' → ')}`).toBe(true);
  }
}
