import type { MeResponse } from '../../shared/api/auth';
import type { Identity } from '../identity';

/** The limits of `identitySchema` (`client/identity.ts`): an account name may be longer. */
const MAX_NAME = 80;
const MAX_ASSOCIATION = 120;

/**
 * The « Qui êtes-vous ? » identity of the signed-in account: its name, and its association
 * (or, for someone outside any association, such as a ministry guest, the collective).
 */
export function identityFromMe(me: MeResponse): Identity {
  const association = me.user.associationName?.trim() || me.collective.name.trim() || 'Sans association';
  return {
    name: me.user.name.trim().slice(0, MAX_NAME),
    association: association.slice(0, MAX_ASSOCIATION),
  };
}
