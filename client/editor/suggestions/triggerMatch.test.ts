import { describe, expect, it } from 'vitest';
import { matchTrigger } from './triggerMatch';

describe('matchTrigger', () => {
  it('opens the insert menu on « / » at the start of a word, with what follows as query', () => {
    expect(matchTrigger('/')).toEqual({ kind: 'command', trigger: '/', query: '', start: 0 });
    expect(matchTrigger('Voir /suiv')).toEqual({ kind: 'command', trigger: '/', query: 'suiv', start: 5 });
  });

  it('ignores slashes inside words: dates, fractions, addresses', () => {
    expect(matchTrigger('le 22/11')).toBeNull();
    expect(matchTrigger('http://')).toBeNull();
    expect(matchTrigger('/tour de')).toBeNull();
  });

  it('offers speakers on « @ », names with spaces included', () => {
    expect(matchTrigger('@')).toMatchObject({ kind: 'speaker', query: '', start: 0 });
    expect(matchTrigger('Note @Hors la R')).toMatchObject({ kind: 'speaker', query: 'Hors la R', start: 5 });
    expect(matchTrigger('@Comité Contre l’Esclavage')).toMatchObject({ query: 'Comité Contre l’Esclavage' });
  });

  it('does not take an e-mail address or a double space for a speaker query', () => {
    expect(matchTrigger('contact@asso')).toBeNull();
    expect(matchTrigger('@Hors  la')).toBeNull();
  });

  it('offers measures on « # » and on « mesure » followed by a number', () => {
    expect(matchTrigger('la #2')).toEqual({ kind: 'measure', trigger: '#', query: '2', start: 3 });
    expect(matchTrigger('selon la mesure 22')).toEqual({ kind: 'measure', trigger: 'mesure', query: '22', start: 9 });
    expect(matchTrigger('Mesure 5')).toMatchObject({ trigger: 'mesure', query: '5', start: 0 });
  });

  it('stops offering a measure once the number is followed by more text', () => {
    expect(matchTrigger('la mesure 22 ')).toBeNull();
    expect(matchTrigger('les mesures 2')).toBeNull();
    expect(matchTrigger('la mesure ')).toBeNull();
  });

  it('is stopped by an inline node, written as an object replacement character', () => {
    expect(matchTrigger('\ufffc/')).toBeNull();
  });
});
