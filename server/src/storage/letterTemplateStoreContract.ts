import { describe, expect, it } from 'vitest';
import type { LetterTemplate } from '../../../shared/api/letters';
import type { LetterTemplateStore } from './letterTemplateStore';
import { type StoreDatabase, useStoreDatabase } from './storeDatabase';

/** The template of the demo collective's real letters (SPEC L6). */
export const sampleLetterTemplate: LetterTemplate = {
  letterhead: ['Collectif « Ensemble contre la traite des êtres humains »'],
  place: 'Paris',
  signatory: { name: 'Véronique Fayet', title: 'Présidente', onBehalf: 'Pour le Collectif' },
  salutation: 'Madame, Monsieur,',
  body: ['Veuillez trouver ci-joint le compte-rendu « {titre} » du {date}.'],
  closing: 'Veuillez agréer, Madame, Monsieur, l’assurance de ma très haute considération.',
  contact: 'Coordination : genevieve.colas@secours-catholique.org',
};

/** The behaviour every LetterTemplateStore must have (L6, S1 of issue 18); each implementation's test calls it with a fresh StoreDatabase. */
export function letterTemplateStoreContract(name: string, makeDatabase: () => Promise<StoreDatabase<LetterTemplateStore>>): void {
  describe(`LetterTemplateStore contract: ${name}`, () => {
    const open = useStoreDatabase(makeDatabase);

    it('L6: keeps one template per collective, replaced whole, across a restart', async () => {
      const store = await open();
      expect(await store.get('a')).toBeUndefined();
      await store.put('a', sampleLetterTemplate);
      await store.put('a', { ...sampleLetterTemplate, place: 'Lyon' });
      await store.put('b', sampleLetterTemplate);
      await store.close();
      const reopened = await open();
      expect(await reopened.get('a')).toEqual({ ...sampleLetterTemplate, place: 'Lyon' });
      expect(await reopened.get('b')).toEqual(sampleLetterTemplate);
    });

    it('L6: two instances replacing one template at once leave one of the two whole', async () => {
      const [a, b] = [await open(), await open()];
      const lyon = { ...sampleLetterTemplate, place: 'Lyon', contact: 'Lyon' };
      const lille = { ...sampleLetterTemplate, place: 'Lille', contact: 'Lille' };
      await Promise.all([a.put('c', lyon), b.put('c', lille)]);
      expect([lyon, lille]).toContainEqual(await a.get('c'));
    });
  });
}
