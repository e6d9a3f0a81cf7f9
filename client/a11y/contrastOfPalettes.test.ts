import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectionBackground } from '../editor/colleagueSelection';
import { CARET_PALETTE } from '../identity';
import { NEUTRAL_SUGGESTION_COLOR, tintOf } from '../suggestedChanges/associationColor';
import { contrastRatio } from './contrast';

/** WCAG 2.1 AA: 4.5:1 for text (1.4.3), 3:1 for what identifies a component or a state (1.4.11). */
const TEXT = 4.5;
const GRAPHIC = 3;

/** The colour tokens of client/styles/base.css, read from the stylesheet the app ships. */
const tokens = Object.fromEntries(
  [...readFileSync(new URL('../styles/base.css', import.meta.url), 'utf8').matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map(
    ([, name, value]) => [name!, value!],
  ),
) as Record<string, string>;
const token = (name: string) => {
  const value = tokens[name];
  if (!value) throw new Error(`base.css has no colour --${name}`);
  return value;
};
const PAPER = token('paper');
const DESK = token('desk');
const WHITE = '#ffffff';

describe('the interface colours (base.css)', () => {
  it.each(['ink', 'ink-soft', 'ink-faint', 'accent', 'accent-strong', 'ok', 'busy', 'offline', 'error'])(
    'text in --%s reads at 4.5:1 on the paper and on the desk',
    (name) => {
      expect(contrastRatio(token(name), PAPER)).toBeGreaterThanOrEqual(TEXT);
      expect(contrastRatio(token(name), DESK)).toBeGreaterThanOrEqual(TEXT);
    },
  );

  it('error text reads on its banner', () => {
    expect(contrastRatio(token('error'), token('error-bg'))).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(['focus', 'field-border'])('--%s (focus ring, field edges) stands out at 3:1 from paper and desk', (name) => {
    expect(contrastRatio(token(name), PAPER)).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrastRatio(token(name), DESK)).toBeGreaterThanOrEqual(GRAPHIC);
  });
});

describe.each(CARET_PALETTE)('caret colour %s', (color) => {
  it('carries white label text (caret labels, the « Vous écrivez » chip)', () => {
    expect(contrastRatio(WHITE, color)).toBeGreaterThanOrEqual(TEXT);
  });

  it('draws a caret line visible on the page', () => {
    expect(contrastRatio(color, PAPER)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it('leaves the text a colleague selects readable, editable or read-only', () => {
    expect(contrastRatio(token('ink'), PAPER, selectionBackground(color))).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(token('ink-soft'), PAPER, selectionBackground(color))).toBeGreaterThanOrEqual(TEXT);
  });
});

describe.each([...CARET_PALETTE, NEUTRAL_SUGGESTION_COLOR])('suggestion colour %s', (color) => {
  it('keeps inserted text (ink) and deleted text (ink-soft) readable on its tint', () => {
    expect(contrastRatio(token('ink'), PAPER, tintOf(color))).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(token('ink-soft'), PAPER, tintOf(color))).toBeGreaterThanOrEqual(TEXT);
  });

  it('draws its underline, strike-through and margin bar at 3:1 on the tint and on the page', () => {
    expect(contrastRatio(color, PAPER, tintOf(color))).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrastRatio(color, PAPER)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it('carries the white kind label of the panel (« Insertion », « Suppression »)', () => {
    expect(contrastRatio(WHITE, color)).toBeGreaterThanOrEqual(TEXT);
  });
});
