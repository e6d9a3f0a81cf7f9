import { describe, expect, it } from 'vitest';
import { actionItemName, measureRefName, speakerTurnName } from './accessibleNames';

describe('speakerTurnName', () => {
  it('names the organisation with « de » as French says it, then the person and function', () => {
    expect(speakerTurnName({ organisation: 'Hors la Rue', person: 'Martina Andreeva', role: '' })).toBe(
      'Tour de parole de Hors la Rue, Martina Andreeva',
    );
    expect(speakerTurnName({ organisation: 'Armée du Salut', person: '', role: '' })).toBe('Tour de parole de l’Armée du Salut');
    expect(speakerTurnName({ organisation: 'Le Mouvement du Nid', person: 'M. Charpenel', role: 'président' })).toBe(
      'Tour de parole du Mouvement du Nid, M. Charpenel, président',
    );
    expect(speakerTurnName({ organisation: 'Ensemble', person: ' ', role: '' })).toBe('Tour de parole d’Ensemble');
  });

  it('says the speaker is still to be given rather than naming nobody', () => {
    expect(speakerTurnName({ organisation: '  ', person: '', role: '' })).toBe('Tour de parole, intervenant à préciser');
  });
});

describe('actionItemName', () => {
  it('quotes the first words, then the owners, the due day in French and whether it is done', () => {
    expect(
      actionItemName({ text: 'Relancer le cabinet de la ministre.', owners: ['Hors la Rue', 'ECPAT'], due: '2014-01-31', done: false }),
    ).toBe('À suivre : Relancer le cabinet de la ministre. — Hors la Rue, ECPAT ; échéance : vendredi 31 janvier 2014');
    expect(actionItemName({ text: 'Envoyer la liste', owners: [], due: 'd’ici la prochaine réunion', done: true })).toBe(
      'À suivre : Envoyer la liste — échéance : d’ici la prochaine réunion ; fait',
    );
  });

  it('cuts a long text after a few words, so that boxes stay tellable apart without reading them whole', () => {
    const text = 'Préparer  une note commune sur\nla protection des victimes mineures étrangères isolées';
    expect(actionItemName({ text, owners: ['Amicale du Nid'], due: '', done: false })).toBe(
      'À suivre : Préparer une note commune sur la protection des… — Amicale du Nid',
    );
  });

  it('an empty box is still « À suivre »', () => {
    expect(actionItemName({ text: ' ', owners: [], due: '', done: false })).toBe('À suivre');
  });
});

describe('measureRefName', () => {
  const plan = 'Plan d’action national contre la traite des êtres humains 2014-2016';

  it('names the number, the plan and the measure’s title from the registry', () => {
    expect(measureRefName({ number: 22, item: '' }, { state: 'known', title: 'Coordination départementale' }, plan)).toBe(
      'Mesure 22 du Plan d’action national contre la traite des êtres humains 2014-2016 : Coordination départementale',
    );
    expect(measureRefName({ number: 10, item: '2ème tiret' }, { state: 'known', title: 'Former' }, 'PAN 2014')).toBe(
      'Mesure 10, 2ème tiret, du plan «\u00a0PAN 2014\u00a0» : Former',
    );
  });

  it('says a number missing from the registry is unknown, and only the number while the registry is not there', () => {
    expect(measureRefName({ number: 99, item: '' }, { state: 'unknown' }, null)).toBe('Mesure 99 : inconnue du registre');
    expect(measureRefName({ number: 22, item: '' }, { state: 'pending' }, plan)).toBe('Mesure 22');
    expect(measureRefName({ number: 22, item: '' }, { state: 'unavailable' }, null)).toBe('Mesure 22');
  });
});
