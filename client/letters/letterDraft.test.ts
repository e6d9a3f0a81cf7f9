import { describe, expect, it } from 'vitest';
import type { LetterFields } from '../../shared/api/letters';
import { ApiRequestError } from '../api/http';
import { isStaleLetter, letterFieldsToSave, letterSaveError, STALE_LETTER_MESSAGE } from './letterDraft';

const fields: LetterFields = {
  letterhead: ['Collectif « Ensemble contre la traite des êtres humains »', '  '],
  addressee: { name: 'Monsieur Bernard Cazeneuve', title: 'Ministre de l’Intérieur', address: ['Place Beauvau', '', ' 75800 Paris Cedex 08 '] },
  place: 'Paris',
  date: '2015-04-21',
  object: 'Envoi du compte-rendu',
  signatory: { name: 'Véronique Fayet', title: 'Présidente', onBehalf: 'Pour le Collectif' },
  attachments: ['', 'Compte-rendu du 23 septembre 2014'],
  copies: [
    { name: 'Monsieur Eric Panloup', title: 'Coordinateur National' },
    { name: ' ', title: '' },
  ],
  withMembers: true,
  contact: 'Coordination : genevieve.colas@secours-catholique.org',
};

describe('letterFieldsToSave', () => {
  it('L3: drops the blank lines and copies « Ajouter » left, keeps the rest in order', () => {
    const saved = letterFieldsToSave(fields);
    expect(saved.letterhead).toEqual(['Collectif « Ensemble contre la traite des êtres humains »']);
    expect(saved.addressee).toEqual({ name: 'Monsieur Bernard Cazeneuve', title: 'Ministre de l’Intérieur', address: ['Place Beauvau', '75800 Paris Cedex 08'] });
    expect(saved.attachments).toEqual(['Compte-rendu du 23 septembre 2014']);
    expect(saved.copies).toEqual([{ name: 'Monsieur Eric Panloup', title: 'Coordinateur National' }]);
    expect(saved.withMembers).toBe(true);
    expect(saved.date).toBe('2015-04-21');
  });
});

describe('letterSaveError', () => {
  it('L3: a stale revision (409) tells that someone else saved and the letter was reloaded', () => {
    const stale = new ApiRequestError('La lettre a changé.', 409, 'stale');
    expect(isStaleLetter(stale)).toBe(true);
    expect(letterSaveError(stale)).toBe(STALE_LETTER_MESSAGE);
    expect(STALE_LETTER_MESSAGE).toBe('La lettre a été modifiée par quelqu’un d’autre : rechargée');
  });

  it('L3: an invalid field (400) shows the server’s French message naming the field', () => {
    const invalid = new ApiRequestError('Destinataire, nom : au plus 200 caractères', 400, 'invalid_request');
    expect(isStaleLetter(invalid)).toBe(false);
    expect(letterSaveError(invalid)).toBe('Destinataire, nom : au plus 200 caractères');
  });
});
