import { ApiRequestError } from '../api/http';

/** « 1 minute », « 15 minutes », « 40 secondes »: how long a blocked sign-in has to wait. */
export function frenchDelay(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `${whole} seconde${whole > 1 ? 's' : ''}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

/**
 * What the sign-in page says about a failed attempt: the server's French message, made
 * precise when the server says how long to wait (429 with Retry-After).
 */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return 'La connexion a échoué.';
  if (error.status === 429 && error.retryAfterSeconds !== undefined) {
    return `Trop de tentatives de connexion : réessayez dans ${frenchDelay(error.retryAfterSeconds)}.`;
  }
  return error.message;
}
