import { describe, expect, it } from 'vitest';
import { measureRefs, textOf } from '../fixtures/contentQueries';
import { importText } from '../importMinutes';
import { findMeasureMentions } from './measureRefs';

const references = (text: string) => findMeasureMentions(text).flatMap((mention) => mention.parts.filter((part) => typeof part !== 'string'));

describe('measure references', () => {
  it.each([
    ['la mesure 22 du plan', [{ number: 22, item: '' }]],
    ['la mesure 5 du Plan', [{ number: 5, item: '' }]],
    ['les mesures 1 et 2 sont financées', [{ number: 1, item: '' }, { number: 2, item: '' }]],
    ['la mesure 10, 2ème tiret, prévoit', [{ number: 10, item: '2ème tiret' }]],
    ['mesures 1, 2 et 5', [{ number: 1, item: '' }, { number: 2, item: '' }, { number: 5, item: '' }]],
    ['la Mesure n° 7', [{ number: 7, item: '' }]],
    ['mesure 12 (1er tiret)', [{ number: 12, item: '1er tiret' }]],
    ['la mesure\u00a09', [{ number: 9, item: '' }]],
  ])('reads « %s »', (text, expected) => {
    expect(references(text)).toEqual(expected);
  });

  it.each([
    'il sera en mesure en début de semaine de donner le calendrier',
    'être en mesure de suivre le plan',
    'retravailler le plan mesure par mesure',
    'les mesures d’accompagnement',
    'dans une large mesure',
    'à mesure que les victimes arrivent',
    'une démesure 3 fois plus grande',
    'la mesure 2014 du budget',
  ])('sees no reference in « %s »', (text) => {
    expect(findMeasureMentions(text)).toEqual([]);
  });

  it('turns them into measureRef atoms of the collective’s plan, the text around kept', () => {
    const { content, report } = importText('Réunion du 3 mars 2014\n\nLes mesures 1 et 2 du Plan, puis la mesure 10, 2ème tiret.\n', {
      plan: { id: 'pan-teh-2014-2016', measures: [1, 2, 10] },
    });
    expect(measureRefs(content)).toEqual([
      { number: 1, item: '', plan: 'pan-teh-2014-2016' },
      { number: 2, item: '', plan: 'pan-teh-2014-2016' },
      { number: 10, item: '2ème tiret', plan: 'pan-teh-2014-2016' },
    ]);
    expect(textOf(content as never)).toBe('Les mesure 1 et mesure 2 du Plan, puis la mesure 10, 2ème tiret.');
    expect(report.recognised.measureRefs).toBe(3);
    expect(report.unsure).toEqual([]);
  });

  it('reports a measure the registry does not know, and links it anyway', () => {
    const { content, report } = importText('Réunion du 3 mars 2014\n\nLa mesure 35 est nouvelle.\n', { plan: { id: 'p', measures: [1] } });
    expect(measureRefs(content)).toEqual([{ number: 35, item: '', plan: 'p' }]);
    expect(report.unsure).toEqual([expect.objectContaining({ reason: expect.stringContaining('mesure 35 n’est pas dans le registre') })]);
  });

  it('leaves references as text, and says so, when the collective has no plan', () => {
    const { content, report } = importText('Réunion du 3 mars 2014\n\nLa mesure 22 du plan.\n');
    expect(measureRefs(content)).toEqual([]);
    expect(textOf(content as never)).toBe('La mesure 22 du plan.');
    expect(report.unsure).toEqual([expect.objectContaining({ reason: expect.stringContaining('aucun plan') })]);
  });
});
