import type { SendingView } from '../../shared/api/sending';

/** « 3 mars 2014 », the day of a server timestamp in Paris, where the collectives are. */
function sentDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).replace(/^1 /, '1er ');
}

/** « à la préfecture », « au ministère de l’Intérieur » (à + le), « aux associations » (à + les). */
function toAddressee(addressee: string): string {
  const article = /^(le|les)\s+/i.exec(addressee);
  if (!article) return `à ${addressee}`;
  return `${article[1]?.toLowerCase() === 'le' ? 'au' : 'aux'} ${addressee.slice(article[0].length)}`;
}

/**
 * One line of the compte-rendu's sendings (D6): « Envoyé à Ministère de l’Intérieur le 3 mars 2014
 * (par e-mail à 2 destinataires) », « Remis hors Minutier à … le … ».
 */
export function sendingLine(sending: SendingView): string {
  const day = sentDay(sending.sentAt);
  if (sending.channel === 'outside') return `Remis hors Minutier ${toAddressee(sending.addressee)} le ${day}`;
  const count = sending.recipients.length;
  return `Envoyé ${toAddressee(sending.addressee)} le ${day} (par e-mail à ${count} destinataire${count > 1 ? 's' : ''})`;
}

/** « 12,3 Ko », « 1,2 Mo »: a file's size as the preview lists it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  const units = ['Ko', 'Mo', 'Go'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0${units[unit]}`;
}

/** The recipients typed one per line (« Nom <adresse> » or the address alone), blank lines left out. */
export function parseRecipients(text: string): Array<{ email: string; name?: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const named = /^(.*?)\s*<([^<>]+)>$/.exec(line);
      if (!named) return { email: line };
      const name = named[1]?.replace(/^"|"$/g, '').trim();
      return name ? { email: (named[2] ?? '').trim(), name } : { email: (named[2] ?? '').trim() };
    });
}
