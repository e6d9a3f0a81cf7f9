import { formatTimestamp } from '../../format/formatDate';

/** « Valable une seule fois, jusqu’au 12 mars 2025 à 14:05. » */
export function linkExpiry(expiresAt: string): string {
  return `Valable une seule fois, jusqu’au ${formatTimestamp(expiresAt)}.`;
}
