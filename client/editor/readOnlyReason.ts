import type { MinutesDocument } from '../../shared/api/minutes';

/**
 * Why this person cannot edit, as the header says it after « Lecture seule », or null when
 * they can. A validated compte-rendu is frozen for everyone (W4); otherwise it is the role.
 */
export function readOnlyReason(minutes: Pick<MinutesDocument, 'access' | 'status'>): string | null {
  if (minutes.status === 'validated') return 'Compte-rendu validé';
  if (minutes.access === 'read') return 'Droits de lecture';
  return null;
}
