import { DOCUMENT_ID_PATTERN } from '../../shared/api/minutes';

/** The pages of the app, as decoded from `location.pathname`. */
export type Route =
  | { page: 'list' }
  | { page: 'editor'; id: string }
  | { page: 'letter'; id: string }
  | { page: 'signIn' }
  | { page: 'accessibilityStatement' }
  | { page: 'setup'; secret: string }
  | { page: 'invitation'; secret: string }
  | { page: 'passwordReset'; secret: string }
  | { page: 'members' }
  | { page: 'auditLog' }
  | { page: 'registry' }
  | { page: 'measure'; planId: string; number: number }
  | { page: 'settings' }
  | { page: 'search' }
  | { page: 'actionItems' }
  | { page: 'notFound' };

/** Pages anyone may open: they sign people in, take a one-time link, or say how accessible Minutier is. */
export type PublicRoute = Extract<Route, { page: 'signIn' | 'setup' | 'invitation' | 'passwordReset' | 'accessibilityStatement' }>;

export const SIGN_IN_PATH = '/connexion';

/** « Déclaration d’accessibilité », linked from the footer of every page. */
export const ACCESSIBILITY_STATEMENT_PATH = '/accessibilite';

const fixedPages: Record<string, Route> = {
  '/': { page: 'list' },
  [SIGN_IN_PATH]: { page: 'signIn' },
  [ACCESSIBILITY_STATEMENT_PATH]: { page: 'accessibilityStatement' },
  '/membres': { page: 'members' },
  '/journal': { page: 'auditLog' },
  '/registre': { page: 'registry' },
  '/parametres': { page: 'settings' },
  '/recherche': { page: 'search' },
  '/a-suivre': { page: 'actionItems' },
};

/** `/mesures/<plan id>/<number>`, as client/measures/measureIndexApi.ts builds it. */
const MEASURE_PATH = /^\/mesures\/([a-z0-9-]{1,64})\/([1-9]\d{0,3}|10000)$/;

/** One-time link secrets are URL-safe base64 (256 bits), so a valid one needs no decoding. */
const LINK_SECRET_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** The page paths the server puts in one-time links (`server/src/auth/linkUrl.ts`). */
const linkPages = {
  'premiere-connexion': 'setup',
  invitation: 'invitation',
  reinitialisation: 'passwordReset',
} as const;

export function matchRoute(pathname: string): Route {
  // A trailing slash is tolerated so that hand-typed addresses still work.
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const fixed = fixedPages[path === '' ? '/' : path];
  if (fixed) return fixed;
  const measure = MEASURE_PATH.exec(path);
  if (measure) return { page: 'measure', planId: measure[1]!, number: Number(measure[2]) };
  const [, first, second, ...rest] = path.split('/');
  if (first === undefined || second === undefined || rest.length > 0) return { page: 'notFound' };
  if (first === 'cr') {
    // Document ids are URL-safe, so a valid one never needs percent-decoding.
    return DOCUMENT_ID_PATTERN.test(second) ? { page: 'editor', id: second } : { page: 'notFound' };
  }
  if (first === 'lettre') {
    // A letter's id is the id of its body document (SPEC L1).
    return DOCUMENT_ID_PATTERN.test(second) ? { page: 'letter', id: second } : { page: 'notFound' };
  }
  if (Object.hasOwn(linkPages, first) && LINK_SECRET_PATTERN.test(second)) {
    return { page: linkPages[first as keyof typeof linkPages], secret: second };
  }
  return { page: 'notFound' };
}

export function isPublicRoute(route: Route): route is PublicRoute {
  return (
    route.page === 'signIn' ||
    route.page === 'setup' ||
    route.page === 'invitation' ||
    route.page === 'passwordReset' ||
    route.page === 'accessibilityStatement'
  );
}

export function editorPath(id: string): string {
  return `/cr/${id}`;
}

/** The page of a cover letter (« Lettre d’envoi »). */
export function letterPath(id: string): string {
  return `/lettre/${id}`;
}
