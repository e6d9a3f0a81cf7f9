import { type AccountStore, DuplicateEmailError, type User } from '../storage/accountStore';
import { hashPassword } from './passwords';
import { newId } from './secrets';

export type NewAccount = Pick<User, 'collectiveId' | 'associationId' | 'email' | 'name' | 'role'>;

/** Creates an active account with an argon2id-hashed password; undefined when the e-mail is taken. */
export async function createAccount(accounts: AccountStore, fields: NewAccount, password: string): Promise<User | undefined> {
  const user: User = { ...fields, id: newId(), disabled: false, createdAt: new Date().toISOString() };
  try {
    await accounts.createUser(user, await hashPassword(password));
    return user;
  } catch (error) {
    if (error instanceof DuplicateEmailError) return undefined;
    throw error;
  }
}
