import { describe, expect, it } from 'vitest';
import { isToolbarKey, nextToolbarIndex, tabStopIndex } from './toolbarFocus';

// Gras, Italique, T2, « Commenter » (disabled: no selection), « Suggérer ».
const withCommentDisabled = [true, true, true, false, true];

describe('toolbar roving focus (WAI-ARIA toolbar pattern)', () => {
  it('keeps the Tab stop on the last button focused while it is enabled', () => {
    expect(tabStopIndex(withCommentDisabled, 2)).toBe(2);
  });

  it('moves the Tab stop to the first enabled button when the last one focused turns disabled', () => {
    expect(tabStopIndex(withCommentDisabled, 3)).toBe(0);
    expect(tabStopIndex([false, true, true], 0)).toBe(1);
  });

  it('offers no Tab stop when every button is disabled (a read-only document)', () => {
    expect(tabStopIndex([false, false], 0)).toBeNull();
  });

  it('moves right and left across groups, skipping disabled buttons', () => {
    expect(nextToolbarIndex(withCommentDisabled, 2, 'ArrowRight')).toBe(4);
    expect(nextToolbarIndex(withCommentDisabled, 4, 'ArrowLeft')).toBe(2);
  });

  it('wraps around at both ends', () => {
    expect(nextToolbarIndex(withCommentDisabled, 4, 'ArrowRight')).toBe(0);
    expect(nextToolbarIndex(withCommentDisabled, 0, 'ArrowLeft')).toBe(4);
  });

  it('goes to the first and last enabled buttons with Home and End', () => {
    expect(nextToolbarIndex([false, true, true, false], 2, 'Home')).toBe(1);
    expect(nextToolbarIndex([false, true, true, false], 1, 'End')).toBe(2);
  });

  it('stays put when the focused button is the only enabled one, and has nowhere to go when none is', () => {
    expect(nextToolbarIndex([false, true, false], 1, 'ArrowRight')).toBe(1);
    expect(nextToolbarIndex([false, false], 0, 'End')).toBeNull();
  });

  it('handles only the arrows, Home and End: Tab and letters are left to the browser', () => {
    expect(['ArrowLeft', 'ArrowRight', 'Home', 'End'].every(isToolbarKey)).toBe(true);
    expect(['Tab', 'ArrowDown', 'Enter', 'g'].some(isToolbarKey)).toBe(false);
  });
});
