import type { AccountSignature } from '../../../shared/model/accountSignature';

/** Caret colours the client draws with: six hex digits, nothing a style could be smuggled into. */
const CARET_COLOR = /^#[0-9a-f]{6}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A presence state as the relay keeps and forwards it (R22): the client's state, whose
 * `user` is replaced by the connection's account, its name and association as `/api/me`
 * gives them. Whatever name a client announces, the others see the account's: nobody
 * shows « Ministre (Cabinet de la Ministre) » on their caret without being that account.
 * Only the caret colour the client chose is kept. Undefined for a state that is not a
 * JSON object (y-protocols' clients only send objects; anything else is ignored).
 */
export function signPresence(state: unknown, signedAs: AccountSignature): string | undefined {
  if (!isRecord(state)) return undefined;
  const announced = isRecord(state.user) ? state.user : {};
  const color = typeof announced.color === 'string' && CARET_COLOR.test(announced.color) ? announced.color : undefined;
  const user = { name: signedAs.name, association: signedAs.association, ...(color ? { color } : {}) };
  return JSON.stringify({ ...state, user });
}
