import type { MeResponse } from '../../shared/api/auth';
import { accountSignature } from '../../shared/model/accountSignature';
import type { Identity } from '../identity';

/** The identity next to the signed-in account's caret: its name and association (see `accountSignature`, R22). */
export function identityFromMe(me: MeResponse): Identity {
  return accountSignature({ name: me.user.name, associationName: me.user.associationName, collectiveName: me.collective.name });
}
