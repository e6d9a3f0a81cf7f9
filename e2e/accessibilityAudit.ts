import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ALLOWED_MODERATE_VIOLATIONS } from './accessibilityAllowList';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One rule axe-core found broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** The WCAG 2.1 A and AA rules, which RGAA 4.1 maps onto. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe-core on the page as it is now (a dialog open, a panel shown) and answers what it found. */
export async function auditPage(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations as never;
  }, WCAG_TAGS);
}

/**
 * What the audit does not accept: every critical or serious violation, and the moderate ones
 * not in the allow-list (each of which the accessibility statement explains). Minor ones are
 * advice, reported by hand rather than failing the suite.
 */
export function blockingViolations(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.flatMap((violation) => {
    if (violation.impact !== 'critical' && violation.impact !== 'serious' && violation.impact !== 'moderate') return [];
    const nodes =
      violation.impact === 'moderate'
        ? violation.nodes.filter((node) => !isAllowed(violation.id, node.target.join(' ')))
        : violation.nodes;
    return nodes.length > 0 ? [{ ...violation, nodes }] : [];
  });
}

function isAllowed(rule: string, selector: string): boolean {
  return ALLOWED_MODERATE_VIOLATIONS.some((allowed) => allowed.rule === rule && allowed.selector.test(selector));
}

/** One line per broken element, with what to read to fix it: rule, impact, selector, help. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const why = node.failureSummary.split('\n').slice(1, 3).join(' ').trim();
        return `${violation.id} (${violation.impact}) on ${node.target.join(' ')}: ${violation.help}${why ? ` — ${why}` : ''}`;
      }),
    )
    .join('\n');
}

/**
 * Audits the page as it is now and fails the test with the list of what blocks, naming `where`
 * (a page, a dialog). The test goes on, so that one run shows every page that needs fixing.
 */
export async function expectNoBlockingViolations(page: Page, where: string): Promise<void> {
  const blocking = blockingViolations(await auditPage(page));
  expect.soft(describeViolations(blocking), `axe-core found violations on ${where}`).toBe('');
}
