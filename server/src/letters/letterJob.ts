import type { LetterFormat } from '../../../shared/api/letters';
import type { Plan } from '../../../shared/api/plans';
import type { LetterExportJob } from '../export/exportJob';
import type { AccountStore } from '../storage/accountStore';
import type { DocumentStore } from '../storage/documentStore';
import type { LetterRecord } from '../storage/letterStore';
import type { PlanStore } from '../storage/planStore';

/** The collective's name and its associations' names, as « Associations membres du Collectif … : » prints them. */
export async function letterCollective(
  accounts: Pick<AccountStore, 'getCollective' | 'listAssociations'>,
  collectiveId: string,
): Promise<{ collective: string; members: string[] }> {
  const collective = (await accounts.getCollective(collectiveId))?.name ?? '';
  const members = (await accounts.listAssociations(collectiveId)).map((association) => association.name);
  return { collective, members };
}

/**
 * What an export worker needs to render a letter (L7): its body's bytes as stored, its fields,
 * every plan of its collective (for cited measures), the collective and its associations.
 * Undefined when the body is gone.
 */
export async function loadLetterJob(
  deps: { documents: DocumentStore; plans: PlanStore; accounts: Pick<AccountStore, 'getCollective' | 'listAssociations'> },
  letter: LetterRecord,
  format: LetterFormat,
): Promise<LetterExportJob | undefined> {
  const stored = await deps.documents.load(letter.id);
  if (!stored) return undefined;
  const listed = await deps.plans.list(letter.collectiveId);
  const plans = await Promise.all(listed.map(({ id }) => deps.plans.get(letter.collectiveId, id)));
  return {
    kind: 'letter',
    format,
    state: stored.state,
    updates: stored.updates,
    fields: letter.fields,
    plans: plans.filter((plan): plan is Plan => plan !== undefined),
    ...(await letterCollective(deps.accounts, letter.collectiveId)),
  };
}
