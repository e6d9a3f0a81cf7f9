import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/model/participants';
import { LOADING_REGISTRY, registryFromPlans } from '../model/planRegistry';
import { type SuggestionData, suggestionMenuFor } from './suggestionEntries';
import type { ActiveTrigger } from './triggerMenuPlugin';

const participants: Participant[] = [
  { id: '1', organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
];
const registry = registryFromPlans([
  { id: 'pan', title: 'Plan', measures: [{ number: 22, title: 'Coordination départementale' }] },
]);
const trigger = (kind: ActiveTrigger['kind'], triggerText: ActiveTrigger['trigger'], query: string): ActiveTrigger => ({
  kind,
  trigger: triggerText,
  query,
  from: 1,
  to: 2,
});
const menuFor = (active: ActiveTrigger, data: SuggestionData = { participants, registry }) => {
  const { entries, ...rest } = suggestionMenuFor(active, data);
  const lines = entries.map(({ label, detail, shortcut, unknown }) => ({ label, detail, shortcut, unknown }));
  return { ...rest, lines };
};

describe('suggestionMenuFor', () => {
  it('lists insertions with their shortcuts after « / »', () => {
    const menu = menuFor(trigger('command', '/', 'suiv'));
    expect(menu.label).toBe('Insérer');
    expect(menu.lines).toEqual([{ label: 'À suivre', detail: undefined, shortcut: 'Ctrl+Alt+S', unknown: undefined }]);
  });

  it('offers only the insertions a body allows: a letter gets the measure, no « À suivre » nor speaker turn', () => {
    const letter = { participants: [], registry, commands: ['measureRef'] };
    expect(menuFor(trigger('command', '/', 'suiv'), letter).lines).toEqual([]);
    expect(menuFor(trigger('command', '/', 'parole'), letter).lines).toEqual([]);
    expect(menuFor(trigger('command', '/', 'mesure'), letter).lines.map((line) => line.label)).toEqual(
      menuFor(trigger('command', '/', 'mesure')).lines.map((line) => line.label),
    );
    expect(menuFor(trigger('command', '/', 'mesure'), letter).lines.length).toBeGreaterThan(0);
  });

  it('lists organisations, then people with their organisation, after « @ »', () => {
    expect(menuFor(trigger('speaker', '@', 'hors')).lines.map((line) => [line.label, line.detail])).toEqual([
      ['Hors la Rue', undefined],
      ['Martina Andreeva', 'Hors la Rue'],
    ]);
  });

  it('says why nothing is offered for « @ », and stays out of the way of prose', () => {
    expect(menuFor(trigger('speaker', '@', ''), { participants: [], registry }).emptyText).toMatch(/Aucun participant/);
    expect(menuFor(trigger('speaker', '@', 'xyz')).emptyText).toBe('Aucun participant ne correspond.');
    expect(menuFor(trigger('speaker', '@', 'Hors la plage')).emptyText).toBeNull();
  });

  it('gives measures with their titles, an unknown number after « # » only', () => {
    expect(menuFor(trigger('measure', '#', '22')).lines).toEqual([
      { label: 'mesure 22', detail: 'Coordination départementale', shortcut: undefined, unknown: false },
    ]);
    expect(menuFor(trigger('measure', '#', '99')).lines).toEqual([
      { label: 'mesure 99', detail: 'absente du registre', shortcut: undefined, unknown: true },
    ]);
    const prose = menuFor(trigger('measure', 'mesure', '99'));
    expect(prose.lines).toEqual([]);
    expect(prose.emptyText).toBeNull();
  });

  it('tells that the registry is loading rather than that nothing matches', () => {
    const menu = menuFor(trigger('measure', '#', '22'), { participants, registry: LOADING_REGISTRY });
    expect(menu.emptyText).toBe('Chargement du registre des mesures…');
  });
});
