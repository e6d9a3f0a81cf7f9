import { describe, expect, it } from 'vitest';
import { measureName, measureTitles, plansOf } from './measureNames';

const plan = {
  id: 'pan-teh',
  title: 'Plan d’action national contre la traite des êtres humains 2014-2016',
  measures: [{ number: 22, title: 'Coordination départementale de la lutte contre la traite' }],
};

describe('measure names', () => {
  it('names a measure with its registry title', () => {
    const titles = measureTitles([plan]);
    expect(measureName({ plan: 'pan-teh', number: 22, item: '' }, titles)).toBe(
      'mesure 22 — Coordination départementale de la lutte contre la traite',
    );
    expect(measureName({ plan: 'pan-teh', number: 22, item: '2ème tiret' }, titles)).toBe(
      'mesure 22, 2ème tiret — Coordination départementale de la lutte contre la traite',
    );
  });

  it('falls back to the number when the registry does not know the measure', () => {
    expect(measureName({ plan: 'pan-teh', number: 7, item: '' }, measureTitles([plan]))).toBe('mesure 7');
  });

  it('lists each mentioned plan once', () => {
    const mention = (plan: string, number: number) => ({ plan, number, item: '' });
    expect(plansOf([mention('a', 1), mention('b', 2), mention('a', 3), mention('', 4)])).toEqual(['a', 'b']);
  });
});
