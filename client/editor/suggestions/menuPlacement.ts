/** Where a suggestion menu goes, relative to the positioned container it is placed in (px). */
export interface MenuPlacement {
  left: number;
  /** Set when the menu opens below the caret, its top edge there. */
  top?: number;
  /** Set when it opens above the caret, its bottom edge there (from the container's bottom). */
  bottom?: number;
  /** Height the list of options may take, so that the whole menu stays in the window. */
  listMaxHeight: number;
}

export interface MenuPlacementInput {
  /** The caret, in window coordinates. */
  caret: { left: number; top: number; bottom: number };
  /** The container's box, in window coordinates. */
  container: { left: number; top: number; bottom: number; width: number };
  /** What can be seen of the window: below the sticky bars, above its bottom edge. */
  visibleTop: number;
  visibleBottom: number;
  menuWidth: number;
  /** The list's height when it may take all it wants (its CSS max-height). */
  listPreferredHeight: number;
  /** Height of one option, and of what the menu shows besides the list (help line, borders). */
  optionHeight: number;
  chromeHeight: number;
}

const GAP = 4;
/** Opening below is preferred until it would show fewer options than this. */
const MIN_OPTIONS_BELOW = 4;

/**
 * Below the caret when there is room, above it when the caret is near the bottom of the
 * window and there is more room there, and in either case no taller than the room: a menu
 * opened on the last visible line used to run past the window, showing one option.
 */
export function menuPlacement(input: MenuPlacementInput): MenuPlacement {
  const { caret, container, visibleTop, visibleBottom, menuWidth, listPreferredHeight, optionHeight, chromeHeight } =
    input;
  const left = Math.min(Math.max(0, caret.left - container.left), Math.max(0, container.width - menuWidth));
  const roomBelow = visibleBottom - caret.bottom - GAP - chromeHeight;
  const roomAbove = caret.top - visibleTop - GAP - chromeHeight;
  const wanted = Math.min(listPreferredHeight, MIN_OPTIONS_BELOW * optionHeight);
  const above = roomBelow < wanted && roomAbove > roomBelow;
  const room = above ? roomAbove : roomBelow;
  // Never smaller than two options: on a tiny window, scrolling the page is still possible.
  const listMaxHeight = Math.max(2 * optionHeight, Math.min(listPreferredHeight, room));
  return above
    ? { left, bottom: container.bottom - caret.top + GAP, listMaxHeight }
    : { left, top: caret.bottom - container.top + GAP, listMaxHeight };
}
