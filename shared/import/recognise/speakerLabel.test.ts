import { describe, expect, it } from 'vitest';
import { organisationDirectory } from './organisations';
import { parseSpeakerLabel } from './speakerLabel';
import { personNamedIn } from './speakerPerson';

const directory = organisationDirectory([
  { organisation: 'Secours Catholique – Caritas France', people: ['Geneviève Colas (coordination du Collectif)'] },
  { organisation: 'Mouvement du Nid', people: ['Pierre Albert'] },
  { organisation: 'Comité Protestant évangélique pour la Dignité Humaine (CPDH)', people: ['Franck Vermesse'] },
  { organisation: 'Planète Enfants', people: ['Stéphanie Selle'] },
  { organisation: 'MIPROF', people: ['Eric Panloup'] },
]);

describe('parseSpeakerLabel', () => {
  it.each([
    ['Le Mouvement du Nid :', { organisation: 'Mouvement du Nid', person: '', role: '' }, 'participant'],
    ['Le Secours Catholique', { organisation: 'Secours Catholique – Caritas France', person: '', role: '' }, 'participant'],
    ['CPDH', { organisation: 'Comité Protestant évangélique pour la Dignité Humaine (CPDH)', person: '', role: '' }, 'participant'],
    ['Planète Enfant', { organisation: 'Planète Enfants', person: '', role: '' }, 'participant'],
    ['Ministre des Droits des femmes', { organisation: '', person: '', role: 'Ministre des Droits des femmes' }, 'role'],
    ['Coordinateur national de la MIPROF', { organisation: 'MIPROF', person: '', role: 'Coordinateur national de la MIPROF' }, 'role'],
    ['Expert traite des mineurs', { organisation: '', person: '', role: 'Expert traite des mineurs' }, 'role'],
    ['Mouvement du Nid (Pierre Albert)', { organisation: 'Mouvement du Nid', person: 'Pierre Albert', role: '' }, 'participant'],
    ['M. Soulage (Secours Catholique)', { organisation: 'Secours Catholique – Caritas France', person: 'M. Soulage', role: '' }, 'participant'],
    ['Mme Moiron-Braud, Secrétaire générale de la MIPROF', { organisation: '', person: 'Mme Moiron-Braud', role: 'Secrétaire générale de la MIPROF' }, 'person'],
    ['Le Comité Contre l’Esclavage Moderne', { organisation: 'Comité Contre l’Esclavage Moderne', person: '', role: '' }, 'keyword'],
    ['ECPAT France', { organisation: 'ECPAT France', person: '', role: '' }, 'capitalised'],
    ['Hors la Rue', { organisation: 'Hors la Rue', person: '', role: '' }, 'capitalised'],
  ])('reads « %s »', (label, speaker, evidence) => {
    expect(parseSpeakerLabel(label, directory)).toEqual({ speaker, evidence });
  });

  it.each([
    'Choix de la thématique',
    'Questions diverses',
    'Une problématique a été proposée',
    'Lancement de l’édition 2013-2014 des Prix Fondation Scelles le 21 novembre',
    'la suite du texte',
  ])('sees no speaker in « %s »', (label) => {
    expect(parseSpeakerLabel(label, directory)).toBeUndefined();
  });
});

describe('personNamedIn', () => {
  it('takes a civility and name opening the turn, or followed by a verb of speech', () => {
    expect(personNamedIn(['M. Soulage note que la coordination doit être renforcée.'], '', directory)).toBe('M. Soulage');
    expect(personNamedIn(['Pour l’association, Mme de Rugy rappelle que le foyer est plein.'], '', directory)).toBe('Mme de Rugy');
    expect(personNamedIn(['Franck Vermesse prend la relève et précise que le CPDH est un réseau.'], 'Comité Protestant évangélique pour la Dignité Humaine (CPDH)', directory)).toBe('Franck Vermesse');
  });

  it('takes a participant of the organisation named in its turn', () => {
    expect(personNamedIn(['L’association, par la voix de Geneviève Colas, annonce un projet.'], 'Secours Catholique – Caritas France', directory)).toBe('Geneviève Colas');
  });

  it('does not take a name merely mentioned', () => {
    expect(personNamedIn(['Najat Vallaud-Belkacem a réalisé une visite à l’association.'], 'Hors la Rue', directory)).toBe('');
    expect(personNamedIn(['La lettre adressée à Madame Najat Vallaud-Belkacem sera envoyée.'], '', directory)).toBe('');
    expect(personNamedIn(['L’association précise que les débats continuent.'], 'Mouvement du Nid', directory)).toBe('');
  });
});
