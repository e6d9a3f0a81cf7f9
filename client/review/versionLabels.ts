import type { VersionSummary } from '../../shared/api/review';
import { frenchLongDate } from '../../shared/export/frenchDate';

/** What made a version, in the list of versions. */
export const versionKindLabels: Record<VersionSummary['kind'], string> = {
  manual: 'Enregistrée à la main',
  automatic: 'Enregistrée automatiquement',
  status: 'Changement de statut',
  validation: 'Validation',
  reopen: 'Réouverture',
  restore: 'Restauration',
};

/** The author of a version, also when their account has been deleted since. */
export const versionAuthor = (version: Pick<VersionSummary, 'createdByName'>): string =>
  version.createdByName ?? 'Compte supprimé';

/**
 * A version's name as shown, with every `AAAA-MM-JJ` day in it written in French: versions
 * validated before names were written so read « Version validée (réunion du 17 février 2014) ».
 */
export const versionName = (version: Pick<VersionSummary, 'label'>): string =>
  version.label.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => frenchLongDate(day) ?? day);
