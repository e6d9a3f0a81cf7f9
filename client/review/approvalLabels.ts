import type { VersionSummary } from '../../shared/api/review';
import type { AssociationApproval } from '../../shared/review/approvalStates';
import { formatTimestamp } from '../format/formatDate';

/**
 * How an association's approval reads in the panel (W3). A stale approval names the date of
 * the version it was given on, so people can tell which text their association adopted.
 */
export function approvalStateLabel(
  row: Pick<AssociationApproval, 'state' | 'approval'>,
  versions: Array<Pick<VersionSummary, 'id' | 'createdAt'>>,
  timeZone?: string,
): string {
  if (row.state === 'none' || !row.approval) return 'Pas encore approuvé';
  if (row.state === 'current') return 'Approuvé (cette version)';
  const { versionId, approvedAt } = row.approval;
  const versionDate = versions.find((version) => version.id === versionId)?.createdAt ?? approvedAt;
  return `Approuvé sur la version du ${formatTimestamp(versionDate, timeZone)} — modifié depuis`;
}
