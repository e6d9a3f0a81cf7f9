/**
 * The WAI-ARIA toolbar pattern as pure decisions: the toolbar is one Tab stop, and the arrows,
 * Home and End move between its enabled buttons. Disabled buttons cannot take the focus, so
 * they are skipped.
 */

/** The keys the toolbar handles itself; any other key is left to the browser. */
export type ToolbarKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isToolbarKey(key: string): key is ToolbarKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
}

/**
 * The button that holds the toolbar's Tab stop: the last one focused while it is enabled,
 * else the first enabled one; null when every button is disabled (nothing to reach).
 */
export function tabStopIndex(enabled: readonly boolean[], lastFocused: number): number | null {
  if (enabled[lastFocused]) return lastFocused;
  const first = enabled.indexOf(true);
  return first === -1 ? null : first;
}

/** Where `key` moves the focus from button `from`; the arrows wrap around the ends, as the pattern allows. */
export function nextToolbarIndex(enabled: readonly boolean[], from: number, key: ToolbarKey): number | null {
  const count = enabled.length;
  const enabledIndexes = enabled.flatMap((isEnabled, index) => (isEnabled ? [index] : []));
  if (enabledIndexes.length === 0) return null;
  if (key === 'Home') return enabledIndexes[0]!;
  if (key === 'End') return enabledIndexes[enabledIndexes.length - 1]!;
  const step = key === 'ArrowRight' ? 1 : -1;
  for (let offset = 1; offset <= count; offset++) {
    const index = (((from + step * offset) % count) + count) % count;
    if (enabled[index]) return index;
  }
  return null;
}
