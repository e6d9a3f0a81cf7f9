import { accountSignature, type AccountSignature } from '../../../shared/model/accountSignature';
import type { User } from '../storage/accountStore';
import type { AuthDeps } from './authDeps';

/** The name and association the account's editor signs suggestions with, as `/api/me` gives them to it. */
export async function signatureOfAccount(deps: AuthDeps, user: User): Promise<AccountSignature> {
  const [collective, association] = await Promise.all([
    deps.accounts.getCollective(user.collectiveId),
    user.associationId ? deps.accounts.getAssociation(user.associationId) : undefined,
  ]);
  return accountSignature({ name: user.name, associationName: association?.name ?? null, collectiveName: collective?.name ?? '' });
}
