import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/api/plans';
import { LOADING_REGISTRY, defaultPlanId, lookUpMeasure, registryFromPlans } from './planRegistry';

const plan: Plan = {
  id: 'pan-teh-2014-2016',
  title: 'Plan d’action national',
  measures: [
    { number: 10, title: 'Protection des mineurs victimes' },
    { number: 22, title: 'Coordination départementale et régionale' },
  ],
};

describe('lookUpMeasure', () => {
  const registry = registryFromPlans([plan]);

  it('gives the title of a measure of the registry', () => {
    expect(lookUpMeasure(registry, 'pan-teh-2014-2016', 22)).toEqual({
      state: 'known',
      title: 'Coordination départementale et régionale',
    });
  });

  it('says unknown for a number or a plan the registry does not have', () => {
    expect(lookUpMeasure(registry, 'pan-teh-2014-2016', 99)).toEqual({ state: 'unknown' });
    expect(lookUpMeasure(registry, 'autre-plan', 22)).toEqual({ state: 'unknown' });
  });

  it('does not call a measure unknown before the registry has arrived, or when it failed', () => {
    expect(lookUpMeasure(LOADING_REGISTRY, 'pan-teh-2014-2016', 99)).toEqual({ state: 'pending' });
    expect(lookUpMeasure({ ...registry, status: 'error' }, 'pan-teh-2014-2016', 99)).toEqual({ state: 'unavailable' });
  });
});

describe('defaultPlanId', () => {
  it('is the first plan, or empty without any', () => {
    expect(defaultPlanId(registryFromPlans([plan]))).toBe('pan-teh-2014-2016');
    expect(defaultPlanId(LOADING_REGISTRY)).toBe('');
  });
});
