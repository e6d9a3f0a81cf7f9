import { describe, expect, it } from 'vitest';
import { menuPlacement, type MenuPlacementInput } from './menuPlacement';

const base: MenuPlacementInput = {
  caret: { left: 300, top: 400, bottom: 420 },
  container: { left: 100, top: 100, bottom: 2100, width: 800 },
  visibleTop: 110,
  visibleBottom: 900,
  menuWidth: 352,
  listPreferredHeight: 288,
  optionHeight: 40,
  chromeHeight: 30,
};

describe('menuPlacement', () => {
  it('opens below the caret, at full height, when there is room', () => {
    expect(menuPlacement(base)).toEqual({ left: 200, top: 324, listMaxHeight: 288 });
  });

  it('opens above a caret near the bottom of the window, at a height that fits there', () => {
    const placed = menuPlacement({ ...base, caret: { left: 300, top: 860, bottom: 880 } });
    expect(placed.top).toBeUndefined();
    // Its bottom edge 4 px above the caret's line.
    expect(placed.bottom).toBe(2100 - 860 + 4);
    expect(placed.listMaxHeight).toBe(288);
  });

  it('shrinks the list to the room there is, rather than running past the window', () => {
    const placed = menuPlacement({ ...base, caret: { left: 300, top: 300, bottom: 320 }, visibleBottom: 560 });
    // 560 − 320 − 4 − 30 = 206 below; 300 − 110 − 4 − 30 = 156 above: below is larger.
    expect(placed).toEqual({ left: 200, top: 224, listMaxHeight: 206 });
  });

  it('stays within the container horizontally', () => {
    expect(menuPlacement({ ...base, caret: { left: 850, top: 400, bottom: 420 } }).left).toBe(800 - 352);
  });
});
