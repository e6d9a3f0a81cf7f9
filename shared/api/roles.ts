/** Roles in a collective, from most to least powerful. */
export const ROLES = ['coordination', 'secretariat', 'member', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabels: Record<Role, string> = {
  coordination: 'Coordination',
  secretariat: 'Secrétariat',
  member: 'Membre',
  reader: 'Lecteur',
};

const rank: Record<Role, number> = { coordination: 3, secretariat: 2, member: 1, reader: 0 };

/** True when `role` has at least the rights of `needed`. */
export const atLeast = (role: Role, needed: Role): boolean => rank[role] >= rank[needed];

/** The higher of two roles. */
export const higherRole = (a: Role, b: Role): Role => (rank[a] >= rank[b] ? a : b);

/**
 * What a role may do to a compte-rendu. `suggest`: edits only as suggestions, a member's
 * access during the review when the collective asks for it (SPEC R20).
 */
export type DocumentAccess = 'none' | 'read' | 'write' | 'suggest';

export const accessOfRole = (role: Role | undefined): DocumentAccess =>
  role === undefined ? 'none' : atLeast(role, 'member') ? 'write' : 'read';

const accessRank: Record<DocumentAccess, number> = { none: 0, read: 1, suggest: 2, write: 3 };

/** The wider of two accesses (a share can raise what a role gives on one document). */
export const higherAccess = (a: DocumentAccess, b: DocumentAccess): DocumentAccess => (accessRank[a] >= accessRank[b] ? a : b);
