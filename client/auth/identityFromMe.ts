import type { MeResponse } from '../../shared/api/auth';
import { accountSignature } from '../../shared/model/accountSignature';
import type { Identity } from '../identity';

/** The « Qui êtes-vous ? » identity of the signed-in account (see `accountSignature`). */
export function identityFromMe(me: MeResponse): Identity {
  return accountSignature({ name: me.user.name, associationName: me.user.associationName, collectiveName: me.collective.name });
}
