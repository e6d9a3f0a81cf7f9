import { useEffect } from 'react';

/** « Registre des mesures — Minutier »: the page's own name first, where a tab list cuts it short. */
export function pageTitle(name: string): string {
  const trimmed = name.trim();
  return trimmed === '' ? 'Minutier' : `${trimmed} — Minutier`;
}

/**
 * Names the browser tab and window after the page (RGAA 8.6): it is what a screen reader
 * says first on arrival and what a list of tabs shows. Back to « Minutier » on leaving.
 */
export function usePageTitle(name: string): void {
  useEffect(() => {
    document.title = pageTitle(name);
    return () => {
      document.title = 'Minutier';
    };
  }, [name]);
}
