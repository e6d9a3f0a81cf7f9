/// <reference types="vite/client" />
import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that `vite build` writes (vite-plugin-pwa, see vite.config.ts),
 * so that the app opens without network (issue 19). Production builds only: the dev server
 * serves its modules fresh and has no worker to register.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Registered after the page's load, so that precaching does not compete with it.
  new Workbox('/sw.js').register().catch((error: unknown) => {
    console.warn('Service worker not registered', error);
  });
}
