import type { VersionSummary } from '../../shared/api/review';
import { frenchLongDate } from '../../shared/export/frenchDate';
import { withGuillemetSpaces } from '../../shared/text/guillemetSpaces';

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
 * A version's name as shown, with every `AAAA-MM-JJ` day in it written in French and no-break
 * spaces inside its guillemets: versions stored before the server wrote names so still read
 * « Version validée (réunion du 17 février 2014) », and their « Restauration de « X » » keeps
 * each guillemet on the line of the word it holds.
 */
export const versionName = (version: Pick<VersionSummary, 'label'>): string =>
  withGuillemetSpaces(version.label.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => frenchLongDate(day) ?? day));

/** The notice after a version is recorded or restored: its name as the list shows it, between the same no-break spaces. */
export const versionNotice = (version: Pick<VersionSummary, 'label'>, outcome: 'enregistrée' | 'restaurée'): string =>
  `Version «\u00a0${versionName(version)}\u00a0» ${outcome}.`;
