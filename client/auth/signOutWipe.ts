import { signOut } from '../api/authApi';
import { forgetLastAccount } from '../offline/lastAccount';
import { deleteAccountDatabases } from '../offline/localDatabases';

/**
 * « Se déconnecter » on a shared computer: the account's local copies go first, awaited
 * (other tabs are asked to close them), so that nothing readable stays behind even when
 * the server cannot be told — offline, the session cookie is all that remains.
 */
export async function signOutAndWipe(accountId: string): Promise<void> {
  await deleteAccountDatabases(accountId);
  forgetLastAccount();
  await signOut();
}
