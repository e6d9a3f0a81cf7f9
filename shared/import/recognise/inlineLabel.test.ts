import { describe, expect, it } from 'vitest';
import { speakerTurns } from '../fixtures/contentQueries';
import { importText } from '../importMinutes';

const minutes = (...paragraphs: string[]) =>
  ['COMPTE-RENDU DE LA RÉUNION DU 3 MARS 2014', '', 'Participants : Hors la Rue, Amicale du Nid, Planète Enfants', '', 'I- Actualités', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('« Label : text » on one line', () => {
  it('takes « Organisation : … » or « Action : … » for a sentence of the turn, not a new speaker', () => {
    const { content } = importText(minutes('Hors la Rue : l’association présente son bilan.', 'Organisation : une matinée d’échanges, puis une conférence de presse.'));
    expect(speakerTurns(content).map((turn) => [turn.organisation, turn.text])).toEqual([
      ['Hors la Rue', 'l’association présente son bilan.\nOrganisation : une matinée d’échanges, puis une conférence de presse.'],
    ]);
  });

  it('still reads an organisation named by one word of that vocabulary as a speaker (« La Cimade : … »)', () => {
    const { content } = importText(minutes('La Cimade : l’association signale deux situations.'));
    expect(speakerTurns(content).map((turn) => turn.organisation)).toEqual(['Cimade']);
  });
});
