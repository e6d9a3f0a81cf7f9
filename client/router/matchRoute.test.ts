import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_STATEMENT_PATH, editorPath, isPublicRoute, letterPath, matchRoute } from './matchRoute';

const id = 'AbCdEfGhIjKlMnOpQr_-12';
const secret = 'x2Vh0ZrQ3-_kY8cJt1mB9pLw4sNaE6uGfD7oHiRqT5A';

describe('matchRoute', () => {
  it('maps / to the list page', () => {
    expect(matchRoute('/')).toEqual({ page: 'list' });
  });

  it('maps /a-suivre to the « À suivre » page', () => {
    expect(matchRoute('/a-suivre')).toEqual({ page: 'actionItems' });
  });

  it('maps /cr/:id to the editor page', () => {
    expect(matchRoute(`/cr/${id}`)).toEqual({ page: 'editor', id });
    expect(matchRoute(`/cr/${id}/`)).toEqual({ page: 'editor', id });
  });

  it('rejects ids that cannot be document ids', () => {
    expect(matchRoute('/cr/short')).toEqual({ page: 'notFound' });
    expect(matchRoute('/cr/%E0%A4%A')).toEqual({ page: 'notFound' });
    expect(matchRoute(`/cr/${id}/extra`)).toEqual({ page: 'notFound' });
  });

  it('reports unknown paths', () => {
    expect(matchRoute('/cr')).toEqual({ page: 'notFound' });
    expect(matchRoute('/autre')).toEqual({ page: 'notFound' });
    expect(matchRoute('/constructor/x')).toEqual({ page: 'notFound' });
  });

  it('builds paths that match back to the same id', () => {
    expect(matchRoute(editorPath(id))).toEqual({ page: 'editor', id });
  });

  it('maps /lettre/:id to the letter page, and back', () => {
    expect(matchRoute(`/lettre/${id}`)).toEqual({ page: 'letter', id });
    expect(matchRoute(`/lettre/${id}/`)).toEqual({ page: 'letter', id });
    expect(matchRoute(letterPath(id))).toEqual({ page: 'letter', id });
    expect(matchRoute('/lettre/court')).toEqual({ page: 'notFound' });
    expect(matchRoute(`/lettre/${id}/pdf`)).toEqual({ page: 'notFound' });
    expect(matchRoute('/lettre')).toEqual({ page: 'notFound' });
  });

  it('maps the account and administration pages', () => {
    expect(matchRoute('/connexion')).toEqual({ page: 'signIn' });
    expect(matchRoute('/membres/')).toEqual({ page: 'members' });
    expect(matchRoute('/journal')).toEqual({ page: 'auditLog' });
    expect(matchRoute('/registre')).toEqual({ page: 'registry' });
    expect(matchRoute('/parametres')).toEqual({ page: 'settings' });
  });

  it('maps the one-time links the server hands out, with their secret', () => {
    expect(matchRoute(`/premiere-connexion/${secret}`)).toEqual({ page: 'setup', secret });
    expect(matchRoute(`/invitation/${secret}`)).toEqual({ page: 'invitation', secret });
    expect(matchRoute(`/reinitialisation/${secret}`)).toEqual({ page: 'passwordReset', secret });
  });

  it('rejects link secrets that the server cannot have made', () => {
    expect(matchRoute('/invitation/court')).toEqual({ page: 'notFound' });
    expect(matchRoute(`/invitation/${secret}%20`)).toEqual({ page: 'notFound' });
    expect(matchRoute(`/invitation/${secret}/accept`)).toEqual({ page: 'notFound' });
    expect(matchRoute('/invitation')).toEqual({ page: 'notFound' });
  });

  it('maps /accessibilite to the accessibility statement, open to everyone', () => {
    expect(matchRoute('/accessibilite')).toEqual({ page: 'accessibilityStatement' });
    expect(matchRoute('/accessibilite/')).toEqual({ page: 'accessibilityStatement' });
    expect(isPublicRoute(matchRoute(ACCESSIBILITY_STATEMENT_PATH))).toBe(true);
  });

  it('tells the pages open to everyone from those that need a session', () => {
    expect(isPublicRoute(matchRoute('/connexion'))).toBe(true);
    expect(isPublicRoute(matchRoute(`/invitation/${secret}`))).toBe(true);
    expect(isPublicRoute(matchRoute('/'))).toBe(false);
    expect(isPublicRoute(matchRoute('/membres'))).toBe(false);
    expect(isPublicRoute(matchRoute('/nulle-part'))).toBe(false);
  });
});
