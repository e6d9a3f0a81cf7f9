import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/api/plans';
import type { PlanStore } from './planStore';

const pan: Plan = {
  id: 'pan-2014',
  title: 'Plan d’action national 2014-2016',
  note: 'Adopté en novembre 2013',
  measures: [
    { number: 2, title: 'Créer des places d’hébergement' },
    { number: 1, title: 'Recenser les besoins' },
  ],
};

/** The behaviour every PlanStore (the measure registry, X1) must have (S1, issue 18); each implementation's test calls it with a fresh store. */
export function planStoreContract(name: string, makeStore: () => Promise<{ store: PlanStore; close(): Promise<void> }>): void {
  describe(`PlanStore contract: ${name}`, () => {
    let store: PlanStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await makeStore());
    });
    afterEach(async () => {
      await close();
    });

    it('gives a plan back with its measures by number, and a plan without note without one', async () => {
      await store.save('c1', pan);
      await store.save('c1', { id: 'sans-note', title: 'Sans note', measures: [] });
      expect(await store.get('c1', 'pan-2014')).toEqual({ ...pan, measures: [pan.measures[1], pan.measures[0]] });
      expect(await store.get('c1', 'sans-note')).toEqual({ id: 'sans-note', title: 'Sans note', measures: [] });
      expect(await store.get('c1', 'inconnu')).toBeUndefined();
    });

    it('lists a collective’s plans by title (code point order) with their measure counts, never another collective’s', async () => {
      await store.save('c1', pan);
      await store.save('c1', { id: 'b', title: 'Zèbre', measures: [] });
      await store.save('c1', { id: 'a', title: 'avenant', measures: [{ number: 1, title: 'Une' }] });
      await store.save('c2', { id: 'pan-2014', title: 'Autre collectif', measures: [] });
      expect(await store.list('c1')).toEqual([
        { id: 'pan-2014', title: 'Plan d’action national 2014-2016', measureCount: 2 },
        { id: 'b', title: 'Zèbre', measureCount: 0 },
        { id: 'a', title: 'avenant', measureCount: 1 },
      ]);
      expect(await store.get('c2', 'pan-2014')).toEqual({ id: 'pan-2014', title: 'Autre collectif', measures: [] });
    });

    it('a second save replaces the title, note and measures', async () => {
      await store.save('c1', pan);
      await store.save('c1', { id: 'pan-2014', title: 'Plan révisé', measures: [{ number: 3, title: 'Évaluer' }] });
      expect(await store.get('c1', 'pan-2014')).toEqual({ id: 'pan-2014', title: 'Plan révisé', measures: [{ number: 3, title: 'Évaluer' }] });
    });

    it('adds or renames one measure of an existing plan only', async () => {
      await store.save('c1', pan);
      expect(await store.putMeasure('c1', 'pan-2014', { number: 1, title: 'Recenser les besoins des familles' })).toBe(true);
      expect(await store.putMeasure('c1', 'pan-2014', { number: 22, title: 'Nouvelle mesure' })).toBe(true);
      expect((await store.get('c1', 'pan-2014'))?.measures).toEqual([
        { number: 1, title: 'Recenser les besoins des familles' },
        { number: 2, title: 'Créer des places d’hébergement' },
        { number: 22, title: 'Nouvelle mesure' },
      ]);
      expect(await store.putMeasure('c1', 'inconnu', { number: 1, title: 'Orpheline' })).toBe(false);
      expect(await store.putMeasure('c2', 'pan-2014', { number: 1, title: 'Autre collectif' })).toBe(false);
      expect(await store.list('c2')).toEqual([]);
    });
  });
}
