import type { LetterFields } from '../../../shared/api/letters';

/** The fields of the letter of 21 April 2015 to the Minister of the Interior (fixture lettre-2015-04-21). */
export const sampleLetterFields = (): LetterFields => ({
  letterhead: ['Collectif « Ensemble contre la traite des êtres humains »'],
  addressee: { name: 'Monsieur Bernard Cazeneuve', title: 'Ministre de l’Intérieur', address: ['Place Beauvau', '75800 Paris Cedex 08'] },
  place: 'Paris',
  date: '2015-04-21',
  object: 'Envoi du compte-rendu de la réunion du 22 novembre 2013',
  signatory: {
    name: 'Véronique Fayet',
    title: 'Présidente du Secours Catholique – Caritas France',
    onBehalf: 'Pour le Collectif « Ensemble contre la traite des êtres humains »',
  },
  attachments: ['Compte-rendu de la réunion du 22 novembre 2013'],
  copies: [{ name: 'Monsieur Eric Panloup', title: 'Coordinateur National Traite des êtres humains' }],
  withMembers: true,
  contact: 'Coordination : genevieve.colas@secours-catholique.org / 06 71 00 69 90',
});
