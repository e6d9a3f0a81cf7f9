/** What a caret label and a suggestion's signature hold at most: an account name may be longer. */
const MAX_NAME = 80;
const MAX_ASSOCIATION = 120;

/** The name and association a signed-in account's carets and suggestions carry. */
export interface AccountSignature {
  name: string;
  association: string;
}

/**
 * The account's name, and its association (or, for someone outside any association, such
 * as a ministry guest, the collective). The editor signs suggestions with it and the relay
 * checks that a suggestion-only member's suggestions carry exactly this (SPEC R21), so both
 * compute it here.
 */
export function accountSignature(account: { name: string; associationName: string | null; collectiveName: string }): AccountSignature {
  const association = account.associationName?.trim() || account.collectiveName.trim() || 'Sans association';
  return { name: account.name.trim().slice(0, MAX_NAME), association: association.slice(0, MAX_ASSOCIATION) };
}
