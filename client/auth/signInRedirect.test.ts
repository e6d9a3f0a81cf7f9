import { describe, expect, it } from 'vitest';
import { returnPathFrom, safeReturnPath, signInPath } from './signInRedirect';

describe('signInPath', () => {
  it('remembers the page the user was going to', () => {
    expect(signInPath('/membres')).toBe('/connexion?retour=%2Fmembres');
    expect(signInPath('/cr/AbCdEfGhIjKlMnOpQr_-12?x=1')).toBe('/connexion?retour=%2Fcr%2FAbCdEfGhIjKlMnOpQr_-12%3Fx%3D1');
  });

  it('says nothing more for the home page', () => {
    expect(signInPath('/')).toBe('/connexion');
  });
});

describe('safeReturnPath', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnPath('/journal')).toBe('/journal');
    expect(safeReturnPath('/cr/abc?onglet=versions')).toBe('/cr/abc?onglet=versions');
  });

  it('refuses anything that could leave the site', () => {
    for (const raw of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', 'membres', '/\tx']) {
      expect(safeReturnPath(raw)).toBe('/');
    }
  });

  it('does not send a signed-in user back to the sign-in page', () => {
    expect(safeReturnPath('/connexion')).toBe('/');
    expect(safeReturnPath('/connexion?retour=%2Fmembres')).toBe('/');
  });

  it('goes home when there is nothing to return to', () => {
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('')).toBe('/');
  });
});

describe('returnPathFrom', () => {
  it('reads the decoded return path from a query string', () => {
    expect(returnPathFrom('?retour=%2Fmembres')).toBe('/membres');
    expect(returnPathFrom('?retour=https%3A%2F%2Fevil.example')).toBe('/');
    expect(returnPathFrom('')).toBe('/');
  });
});
