import { frenchLongDate } from '../../shared/export/frenchDate';

/** « Paris, le 21 avril 2015 »; the place alone while no date is chosen. */
export function placeAndDate(place: string, date: string): string {
  const day = date ? (frenchLongDate(date) ?? date) : '';
  if (!day) return place;
  return place ? `${place}, le ${day}` : `Le ${day}`;
}

/** « Lettre d’envoi à Monsieur Bernard Cazeneuve, 21 avril 2015 », with what is known of it. */
export function letterLine(letter: { addressee: string; date: string }): string {
  const addressee = letter.addressee.trim() ? ` à ${letter.addressee.trim()}` : '';
  const day = letter.date ? `, ${frenchLongDate(letter.date) ?? letter.date}` : '';
  return `Lettre d’envoi${addressee}${day}`;
}
