import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/http';
import { frenchDelay, signInErrorMessage } from './signInErrorMessage';

describe('signInErrorMessage', () => {
  it('shows the server message of a refused sign-in', () => {
    const error = new ApiRequestError('Adresse e-mail ou mot de passe incorrect.', 401, 'invalid_credentials');
    expect(signInErrorMessage(error)).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('says how long to wait after too many attempts', () => {
    const error = new ApiRequestError('Trop de tentatives…', 429, 'too_many_attempts', 840);
    expect(signInErrorMessage(error)).toBe('Trop de tentatives de connexion : réessayez dans 14 minutes.');
  });

  it('keeps the server message when it does not say how long', () => {
    const error = new ApiRequestError('Trop de tentatives de connexion : réessayez dans quelques minutes.', 429);
    expect(signInErrorMessage(error)).toBe('Trop de tentatives de connexion : réessayez dans quelques minutes.');
  });
});

describe('frenchDelay', () => {
  it('rounds up, in seconds under a minute and in minutes above', () => {
    expect(frenchDelay(1)).toBe('1 seconde');
    expect(frenchDelay(40.2)).toBe('41 secondes');
    expect(frenchDelay(60)).toBe('1 minute');
    expect(frenchDelay(61)).toBe('2 minutes');
  });
});
