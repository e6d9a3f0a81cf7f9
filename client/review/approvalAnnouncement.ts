import type { AssociationApproval } from '../../shared/review/approvalStates';
import { deOrganisation } from '../../shared/text/frenchElision';
import { frenchList } from '../a11y/announcerList';

const rowKey = (row: AssociationApproval): string => row.associationId ?? `name:${row.organisation}`;

/**
 * What a screen reader is told when the approvals move (W3, W10): an association approved the
 * text, or the text changed since associations approved it (« modifié depuis »). The person's
 * own approval is confirmed where they gave it, not repeated here; a row appearing is a new
 * participant, not an approval.
 */
export function approvalAnnouncement(
  before: readonly AssociationApproval[],
  after: readonly AssociationApproval[],
  ownUserId: string | null,
): string | null {
  const previous = new Map(before.map((row) => [rowKey(row), row]));
  const approved: string[] = [];
  const outdated: string[] = [];
  for (const row of after) {
    const was = previous.get(rowKey(row));
    if (!was || !row.approval) continue;
    const newApproval = was.approval?.approvedAt !== row.approval.approvedAt || was.approval.versionId !== row.approval.versionId;
    if (row.state === 'current' && newApproval && row.approval.approvedBy !== ownUserId) approved.push(row.organisation);
    if (row.state === 'stale' && was.state === 'current' && !newApproval) outdated.push(row.organisation);
  }
  const sentences = [
    approved.length > 0 ? `${frenchList(approved)} ${approved.length > 1 ? 'ont' : 'a'} approuvé le texte.` : '',
    outdated.length > 0
      ? `Le texte a été modifié depuis ${outdated.length > 1 ? 'les approbations' : 'l’approbation'} ${frenchList(outdated.map(deOrganisation))}.`
      : '',
  ].filter(Boolean);
  return sentences.length > 0 ? sentences.join(' ') : null;
}
