import { describe, expect, it } from 'vitest';
import { caretLabelShift } from './caretLabelShift';

const editor = { left: 100, right: 900 };

describe('caretLabelShift', () => {
  it('leaves a label that fits where it is', () => {
    expect(caretLabelShift({ left: 300, right: 500 }, editor)).toBe(0);
  });

  it('moves a label running past the right edge back inside', () => {
    expect(caretLabelShift({ left: 850, right: 1010 }, editor)).toBe(-110);
  });

  it('moves a label starting before the left edge inside', () => {
    expect(caretLabelShift({ left: 80, right: 200 }, editor)).toBe(20);
  });

  it('keeps the start of a label wider than the editor visible', () => {
    expect(caretLabelShift({ left: 500, right: 1500 }, editor)).toBe(-400);
  });
});
