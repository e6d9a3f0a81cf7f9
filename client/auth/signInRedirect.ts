import { SIGN_IN_PATH } from '../router/matchRoute';
import { currentPath, navigate } from '../router/navigation';

const RETURN_PARAM = 'retour';

/** `/connexion`, with where to go back to once signed in (nothing when that is the home page). */
export function signInPath(returnTo: string): string {
  const target = safeReturnPath(returnTo);
  return target === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(target)}`;
}

/**
 * Where the sign-in page sends the user afterwards. Only a path of this site is followed:
 * `?retour=//evil.example` or `https://…` must not turn our sign-in into a phishing relay.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // Control characters can make browsers read a path as something else.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return '/';
  // Going back to the sign-in page after signing in would look like a failure.
  if (raw === SIGN_IN_PATH || raw.startsWith(`${SIGN_IN_PATH}?`) || raw.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return raw;
}

/** The return path carried by a sign-in page's query string. */
export function returnPathFrom(search: string): string {
  return safeReturnPath(new URLSearchParams(search).get(RETURN_PARAM));
}

/**
 * Sends the browser to the sign-in page, remembering the page it was on. Called on any
 * 401 from the API, and by the editor when the relay closes with 4401.
 */
export function redirectToSignIn(): void {
  if (window.location.pathname === SIGN_IN_PATH) return;
  navigate(signInPath(currentPath()), { replace: true });
}
