import type { VersionSummary } from '../../shared/api/review';

/** What made a version, in the list of versions. */
export const versionKindLabels: Record<VersionSummary['kind'], string> = {
  manual: 'Enregistrée à la main',
  status: 'Changement de statut',
  validation: 'Validation',
  reopen: 'Réouverture',
  restore: 'Restauration',
};

/** The author of a version, also when their account has been deleted since. */
export const versionAuthor = (version: Pick<VersionSummary, 'createdByName'>): string =>
  version.createdByName ?? 'Compte supprimé';
