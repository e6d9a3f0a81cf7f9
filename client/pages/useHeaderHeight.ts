import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps `--header-height` at the sticky header's real height. The header wraps to a second
 * line when its items do not fit (a long account name, the editor's many buttons), and what
 * sticks below it (the editor's toolbar, the side panels) and the browser's scroll padding
 * must then start lower, or the toolbar would slide under it. A static header (narrow
 * windows, layout.css) leaves the style sheet's value.
 */
export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => {
      if (getComputedStyle(element).position === 'sticky') root.style.setProperty('--header-height', `${element.offsetHeight}px`);
      else root.style.removeProperty('--header-height');
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    update();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
