/**
 * The account that last signed in on this device: offline, `/api/me` cannot say who it is.
 * Only an id, which says nothing by itself; the account's data stays in its own database.
 */
const LAST_ACCOUNT_KEY = 'minutier:lastAccount';

export function readLastAccountId(): string | null {
  try {
    return localStorage.getItem(LAST_ACCOUNT_KEY);
  } catch {
    return null;
  }
}

export function writeLastAccountId(accountId: string): void {
  try {
    localStorage.setItem(LAST_ACCOUNT_KEY, accountId);
  } catch {
    // Storage refused (private mode, quota): offline opening is simply not possible.
  }
}

export function forgetLastAccount(): void {
  try {
    localStorage.removeItem(LAST_ACCOUNT_KEY);
  } catch {
    // Nothing was stored.
  }
}
