import type { KeyboardEvent } from 'react';

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/** What Tab reaches inside `container`, in order. */
function tabbablesIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0,
  );
}

/**
 * Tab from the last field goes back to the first, Shift+Tab from the first to the last: the
 * browser makes the page behind a modal dialog inert, but lets the focus leave for its own toolbar.
 */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const tabbables = tabbablesIn(event.currentTarget);
  const first = tabbables[0];
  const last = tabbables[tabbables.length - 1];
  if (!first || !last) return;
  const atEdge = event.shiftKey ? document.activeElement === first : document.activeElement === last;
  if (!atEdge) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

/**
 * Keeps the focus in `dialog` when the focused button turns disabled (« Télécharger » while the
 * export runs) or goes away: the browser would drop it on the page's body, where Tab starts
 * again from the top. The dialog holds it meanwhile, and gives it back to the button once the
 * button is enabled again. Returns the function that stops watching.
 */
export function keepFocusInside(dialog: HTMLElement): () => void {
  let waiting: HTMLElement | null = null;
  const onMutation = () => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== dialog && dialog.contains(active) && active.matches(':disabled')) {
      waiting = active;
      dialog.focus();
    } else if ((active === dialog || active === document.body || active === null) && waiting?.isConnected && !waiting.matches(':disabled')) {
      waiting.focus();
      waiting = null;
    } else if (active === document.body || active === null) {
      dialog.focus();
    }
  };
  const observer = new MutationObserver(onMutation);
  observer.observe(dialog, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  return () => observer.disconnect();
}
