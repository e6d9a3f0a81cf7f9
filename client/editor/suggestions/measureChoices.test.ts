import { describe, expect, it } from 'vitest';
import { LOADING_REGISTRY, registryFromPlans } from '../model/planRegistry';
import { filterMeasureChoices } from './measureChoices';

const registry = registryFromPlans([
  {
    id: 'pan',
    title: 'Plan',
    measures: [
      { number: 22, title: 'Coordination départementale et régionale' },
      { number: 2, title: 'Former les professionnels' },
      { number: 21, title: 'Fonds dédié à la lutte contre la traite' },
      { number: 10, title: 'Protection des mineurs victimes' },
    ],
  },
]);
const numbers = (query: string, offerUnknown = true) =>
  filterMeasureChoices(registry, query, offerUnknown).map((m) => (m.title === null ? `${m.number}?` : m.number));

describe('filterMeasureChoices', () => {
  it('finds the numbers that start with the typed digits, in order', () => {
    expect(numbers('2')).toEqual([2, 21, 22]);
    expect(numbers('22')).toEqual([22]);
  });

  it('finds measures by the words of their titles', () => {
    expect(numbers('mineurs')).toEqual([10]);
    expect(numbers('depart')).toEqual([22]);
  });

  it('lists every measure, in registry order, before anything is typed', () => {
    expect(numbers('')).toEqual([22, 2, 21, 10]);
  });

  it('offers a number the registry lacks only when asked to, first and marked unknown', () => {
    expect(numbers('99')).toEqual(['99?']);
    expect(numbers('1')).toEqual(['1?', 10]);
    expect(numbers('99', false)).toEqual([]);
    expect(filterMeasureChoices(registry, '99', true)[0]).toEqual({ plan: 'pan', number: 99, title: null });
  });

  it('offers no unknown number while the registry is loading', () => {
    expect(filterMeasureChoices(LOADING_REGISTRY, '99', true)).toEqual([]);
  });
});
