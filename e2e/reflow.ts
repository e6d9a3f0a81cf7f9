import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { auditPage } from './accessibilityAudit';

/**
 * The axe rules about reading a page at any width: text contrast, zoom left allowed, and a
 * region that scrolls on its own (a wide table) reachable from the keyboard.
 */
const REFLOW_RULES = new Set(['color-contrast', 'meta-viewport', 'meta-viewport-large', 'scrollable-region-focusable']);

/**
 * The page as shown now reflows (RGAA 10.11, WCAG 1.4.10): it does not scroll sideways, and
 * nothing sticks out past the window's edges unless it sits in a region that scrolls on its
 * own (a wide table may, the page may not). Its text is AA contrasted (WCAG 1.4.3, 1.4.11).
 * `where` names the page in failure messages.
 */
export async function expectReflows(page: Page, where: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const scrollsOnItsOwn = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const sticksOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && (box.right > width + 1 || box.left < -1);
    };
    const describe = (element: Element) => {
      const box = element.getBoundingClientRect();
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      return `${element.tagName.toLowerCase()}${classes} [${Math.round(box.left)}…${Math.round(box.right)}] « ${(element.textContent ?? '').trim().slice(0, 40)} »`;
    };
    // Only the outermost offender of each branch: its children stick out with it.
    const outside = [...document.querySelectorAll('body *')].filter(
      (element) => sticksOut(element) && !scrollsOnItsOwn(element) && !(element.parentElement && sticksOut(element.parentElement)),
    );
    return { width, scrollWidth: root.scrollWidth, outside: outside.slice(0, 8).map(describe) };
  });
  // Soft: one run lists every page that does not reflow, not only the first.
  expect.soft(layout.outside, `${where}: sticks out of a ${layout.width} px window`).toEqual([]);
  expect.soft(layout.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(layout.width + 1);
  const violations = (await auditPage(page)).filter((violation) => REFLOW_RULES.has(violation.id));
  expect.soft(
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `${where}: axe`,
  ).toEqual([]);
}
