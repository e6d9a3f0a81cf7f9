import { useLayoutEffect, useRef, type RefObject } from 'react';
import { isToolbarKey, nextToolbarIndex, tabStopIndex } from './toolbarFocus';

const buttonsOf = (toolbar: HTMLElement) => [...toolbar.querySelectorAll<HTMLButtonElement>('button')];

/**
 * Makes `toolbar` one Tab stop whose buttons are reached with the arrows, Home and End
 * (toolbarFocus.ts). Works on the DOM rather than on props because its buttons come from
 * several components (« Commenter », « Suggérer ») that enable and disable themselves.
 */
export function useToolbarFocus(toolbar: RefObject<HTMLElement | null>): void {
  const lastFocused = useRef(0);

  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const applyTabStop = () => {
      const buttons = buttonsOf(element);
      const stop = tabStopIndex(
        buttons.map((button) => !button.disabled),
        lastFocused.current,
      );
      buttons.forEach((button, index) => {
        button.tabIndex = index === stop ? 0 : -1;
      });
    };
    const onFocusIn = (event: FocusEvent) => {
      const index = buttonsOf(element).indexOf(event.target as HTMLButtonElement);
      if (index === -1) return;
      lastFocused.current = index;
      applyTabStop();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isToolbarKey(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const buttons = buttonsOf(element);
      const from = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (from === -1) return;
      const next = nextToolbarIndex(
        buttons.map((button) => !button.disabled),
        from,
        event.key,
      );
      if (next === null) return;
      event.preventDefault();
      buttons[next]!.focus();
    };
    // A button turning disabled (« Commenter » once the selection is gone) must not take the only Tab stop with it.
    const observer = new MutationObserver(applyTabStop);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('keydown', onKeyDown);
    applyTabStop();
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [toolbar]);
}

/** Gives the focus to the toolbar's Tab stop, if it has one; says whether it did. */
export function focusToolbar(toolbar: Element | null): boolean {
  const stop = toolbar?.querySelector<HTMLButtonElement>('button[tabindex="0"]:not(:disabled)');
  stop?.focus();
  return stop !== null && stop !== undefined;
}
