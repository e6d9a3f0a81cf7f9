import type { MinutesStatus } from '../../shared/api/review';

/**
 * What a screen reader is told when the compte-rendu changes status, whoever moved it (W1,
 * W4, W5): the header shows the status, this says the move.
 */
export function statusAnnouncement(previous: MinutesStatus, current: MinutesStatus): string | null {
  if (previous === current) return null;
  if (current === 'validated') return 'Le compte-rendu est validé.';
  if (previous === 'validated') return 'Le compte-rendu est rouvert.';
  return current === 'review' ? 'Le compte-rendu est passé en relecture.' : 'Le compte-rendu est revenu en brouillon.';
}
