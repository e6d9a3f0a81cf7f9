import type { ActionItemView } from '../../shared/api/actionItems';

const HEADERS = ['Point à suivre', 'Porteurs', 'Échéance', 'Statut', 'En retard', 'Compte-rendu d’origine', 'Réunion d’origine', 'Compte-rendu qui le porte'];

/** A field as Excel reads it: quoted when it holds the separator, a quote or a line break. */
const field = (value: string): string => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The list as a CSV file Excel opens in French settings without asking: UTF-8 with a byte
 * order mark (else accents break), `;` between fields (`,` is the decimal mark there) and
 * CRLF line ends.
 */
export function actionItemsCsv(items: readonly ActionItemView[]): string {
  const rows = items.map((item) => [
    item.text,
    item.owners.join(', '),
    item.due,
    item.status === 'done' ? 'Fait' : 'À faire',
    item.overdue ? 'oui' : 'non',
    item.origin.title ?? '',
    item.origin.meetingDate ?? '',
    item.document.title ?? '',
  ]);
  return `\uFEFF${[HEADERS, ...rows].map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
