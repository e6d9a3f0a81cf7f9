import type { LetterView } from '../../../shared/api/letters';

/** The letter of 21 April 2015 to the minister (../shared/fixtures), as `GET /api/letters/:id` gives it. */
export const sampleLetter = (withMembers = true, canEdit = true): LetterView => ({
  id: 'AbCdEfGhIjKlMnOpQr_-12',
  minutesId: 'ZyXwVuTsRqPoNmLkJi_-34',
  minutesTitle: 'Réunion du Collectif du 22 novembre 2013',
  fields: {
    letterhead: ['Collectif «\u00a0Ensemble contre la traite des êtres humains\u00a0»'],
    addressee: { name: 'Monsieur Bernard Cazeneuve', title: 'Ministre de l’Intérieur', address: ['Place Beauvau', '75800 Paris Cedex 08'] },
    place: 'Paris',
    date: '2015-04-21',
    object: 'Vos engagements dans la lutte contre la traite',
    signatory: { name: 'Véronique Fayet', title: 'Présidente du Secours Catholique', onBehalf: 'Pour le Collectif' },
    attachments: ['Compte-rendu du 23 septembre 2014'],
    copies: [{ name: 'Monsieur Eric Panloup', title: 'Coordinateur National' }],
    withMembers,
    contact: 'Coordination : genevieve.colas@secours-catholique.org',
  },
  revision: 3,
  createdAt: '2015-04-20T10:00:00.000Z',
  updatedAt: '2015-04-21T10:00:00.000Z',
  createdBy: 'acc1',
  canEdit,
  collective: 'Ensemble contre la traite des êtres humains',
  members: ['Amicale du Nid', 'Hors la Rue', 'Secours Catholique'],
});
