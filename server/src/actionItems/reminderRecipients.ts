import type { ReminderRecipient } from '../../../shared/api/actionItemReminder';
import { foldText } from '../search/searchTerms';
import type { AccountStore } from '../storage/accountStore';

const folded = (name: string) => foldText(name).trim();

/**
 * Who a reminder goes to (SPEC T7): the active accounts of the collective whose association
 * is one of the item's owners. Owners are written as association names in the compte-rendu, so
 * they are matched by name, accents and case aside, as the « Rappels » are (T5).
 */
export async function reminderRecipients(accounts: AccountStore, collectiveId: string, owners: readonly string[]): Promise<ReminderRecipient[]> {
  const ownerNames = new Set(owners.map(folded));
  const associations = await accounts.listAssociations(collectiveId);
  const owning = new Set(associations.filter((association) => ownerNames.has(folded(association.name))).map((association) => association.id));
  if (owning.size === 0) return [];
  const users = await accounts.listUsers(collectiveId);
  return users
    .filter((user) => !user.disabled && user.associationId !== null && owning.has(user.associationId))
    .map((user) => ({ name: user.name, email: user.email }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
