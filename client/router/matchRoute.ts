import { DOCUMENT_ID_PATTERN } from '../../shared/api/minutes';

/** The pages of the app, as decoded from `location.pathname`. */
export type Route =
  | { page: 'list' }
  | { page: 'editor'; id: string }
  | { page: 'notFound' };

export function matchRoute(pathname: string): Route {
  // A trailing slash is tolerated so that hand-typed addresses still work.
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { page: 'list' };
  const editor = /^\/cr\/([^/]+)$/.exec(path);
  if (editor) {
    // Document ids are URL-safe, so a valid one never needs percent-decoding.
    const id = editor[1] as string;
    return DOCUMENT_ID_PATTERN.test(id) ? { page: 'editor', id } : { page: 'notFound' };
  }
  return { page: 'notFound' };
}

export function editorPath(id: string): string {
  return `/cr/${id}`;
}
