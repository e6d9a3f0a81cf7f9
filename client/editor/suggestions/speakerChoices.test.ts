import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/model/participants';
import { filterSpeakerChoices, speakerChoices, splitPersonRole } from './speakerChoices';

const participants: Participant[] = [
  { id: '1', organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
  {
    id: '2',
    organisation: 'Secours Catholique – Caritas France',
    people: ['Geneviève Colas (coordination du Collectif)', 'Marcello Palumbo'],
    attendance: 'present',
  },
  { id: '3', organisation: 'Comité Contre l’Esclavage Moderne (CCEM)', people: [], attendance: 'absent' },
];

describe('splitPersonRole', () => {
  it('separates a function written in brackets after the name', () => {
    expect(splitPersonRole('Sarah Berthelot (secrétariat du Collectif)')).toEqual({
      person: 'Sarah Berthelot',
      role: 'secrétariat du Collectif',
    });
  });

  it('keeps a plain name as it is', () => {
    expect(splitPersonRole(' Jane Paone ')).toEqual({ person: 'Jane Paone', role: '' });
    expect(splitPersonRole('(CCEM)')).toEqual({ person: '(CCEM)', role: '' });
  });
});

describe('speakerChoices', () => {
  it('offers each organisation, then its people', () => {
    expect(speakerChoices(participants)).toEqual([
      { organisation: 'Hors la Rue', person: '', role: '' },
      { organisation: 'Hors la Rue', person: 'Martina Andreeva', role: '' },
      { organisation: 'Secours Catholique – Caritas France', person: '', role: '' },
      {
        organisation: 'Secours Catholique – Caritas France',
        person: 'Geneviève Colas',
        role: 'coordination du Collectif',
      },
      { organisation: 'Secours Catholique – Caritas France', person: 'Marcello Palumbo', role: '' },
      { organisation: 'Comité Contre l’Esclavage Moderne (CCEM)', person: '', role: '' },
    ]);
  });

  it('offers an organisation listed twice only once', () => {
    const twice = [...participants, { ...participants[0]!, id: '4' }];
    expect(speakerChoices(twice)).toHaveLength(6);
  });
});

describe('filterSpeakerChoices', () => {
  const choices = speakerChoices(participants);
  const labels = (query: string) => filterSpeakerChoices(choices, query).map((c) => c.person || c.organisation);

  it('finds organisations and people by the start of their words', () => {
    expect(labels('hors')).toEqual(['Hors la Rue', 'Martina Andreeva']);
    expect(labels('martina')).toEqual(['Martina Andreeva']);
    expect(labels('ccem')).toEqual(['Comité Contre l’Esclavage Moderne (CCEM)']);
  });

  it('ignores accents and finds people by their function', () => {
    expect(labels('genevieve')).toEqual(['Geneviève Colas']);
    expect(labels('coordination')).toEqual(['Geneviève Colas']);
  });
});
