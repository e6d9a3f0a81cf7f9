import type { LetterSummary, LetterView } from '../../../shared/api/letters';
import type { LetterRights } from '../auth/letterRights';
import type { AccountStore } from '../storage/accountStore';
import type { LetterRecord } from '../storage/letterStore';
import { letterCollective } from './letterJob';

/** `GET /api/letters/:id`: the fields, whose letter it is, and what the caller may do with it. */
export async function letterView(accounts: Pick<AccountStore, 'getCollective' | 'listAssociations'>, rights: LetterRights): Promise<LetterView> {
  const { letter, minutes, canEdit } = rights;
  return {
    id: letter.id,
    minutesId: letter.minutesId,
    minutesTitle: minutes.title,
    fields: letter.fields,
    revision: letter.revision,
    createdAt: letter.createdAt,
    updatedAt: letter.updatedAt,
    createdBy: letter.createdBy,
    canEdit,
    ...(await letterCollective(accounts, letter.collectiveId)),
  };
}

/** One row of a compte-rendu's letters. */
export const letterSummary = ({ id, fields, updatedAt }: LetterRecord): LetterSummary => ({
  id,
  object: fields.object,
  addressee: fields.addressee.name,
  date: fields.date,
  updatedAt,
});
