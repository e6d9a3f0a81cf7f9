import type { Participant } from '../model/participants';

export interface ApprovalView {
  associationId: string;
  versionId: string;
  hash: string;
  approvedAt: string;
  approvedBy: string;
}

export interface AssociationApproval {
  /** The organisation as the participants list names it. */
  organisation: string;
  /** The association account that can approve for it, if one matches. */
  associationId: string | null;
  /** `current`: approved this exact text; `stale`: approved a version edited since. */
  state: 'none' | 'current' | 'stale';
  approval: ApprovalView | null;
}

/** Names compared without case, accents, acronyms in parentheses or the leading article. */
export const sameOrganisation = (a: string, b: string): boolean => normalise(a) === normalise(b);

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/^(le|la|les|l')\s*/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The approvals panel: each association present at the meeting, with whether it has
 * approved the current text, an older one (« modifié depuis »), or not yet.
 * `approvals` are newest first; an association's latest approval is the one that counts.
 */
export function approvalStates(
  participants: Participant[],
  associations: Array<{ id: string; name: string }>,
  approvals: ApprovalView[],
  currentHash: string,
): AssociationApproval[] {
  const present = participants.filter((p) => p.attendance === 'present' || p.attendance === 'also_present');
  const seen = new Set<string>();
  const rows: AssociationApproval[] = [];
  for (const participant of present) {
    const association = associations.find((a) => sameOrganisation(a.name, participant.organisation));
    const key = association?.id ?? `name:${participant.organisation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const approval = association ? (approvals.find((a) => a.associationId === association.id) ?? null) : null;
    rows.push({
      organisation: participant.organisation,
      associationId: association?.id ?? null,
      state: !approval ? 'none' : approval.hash === currentHash ? 'current' : 'stale',
      approval,
    });
  }
  return rows;
}
