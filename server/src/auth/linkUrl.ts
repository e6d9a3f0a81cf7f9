import type { Context } from 'hono';

/** Client pages that take a one-time secret in their path. */
export const LINK_PAGES = {
  invitation: 'invitation',
  reset: 'reinitialisation',
  setup: 'premiere-connexion',
} as const;

/** The absolute URL of a one-time link, on the host the coordination is using. */
export function linkUrl(c: Context, page: keyof typeof LINK_PAGES, secret: string): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
  const host = c.req.header('host') ?? url.host;
  return `${proto}://${host}/${LINK_PAGES[page]}/${secret}`;
}
