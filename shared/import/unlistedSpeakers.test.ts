import { describe, expect, it } from 'vitest';
import { speakerTurns } from './fixtures/contentQueries';
import { readFixture } from './fixtures/readFixture';
import { importText } from './importMinutes';
import { organisationInTopic } from './recognise/unlistedSpeakers';

/** The 2013 compte-rendu as if its participant list had not been typed (or was lost). */
function withoutParticipantList(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /Participants à la réunion/.test(line));
  const end = lines.findIndex((line) => /Compte-rendu réalisé par/.test(line));
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

describe('speaker turns of organisations no participant list names (issue 15, point 9)', () => {
  it('finds the 2013 compte-rendu’s turns without its participant list: 8 turns, where 4 were found, each recovered one reported', () => {
    const { content, report } = importText(withoutParticipantList(readFixture('compte-rendu-2013-11-22.txt')));
    expect(speakerTurns(content).map((turn) => turn.organisation)).toEqual([
      'Comité Contre l’Esclavage Moderne',
      'Mouvement du Nid',
      'Armée du Salut', // « Rencontre à Budapest des délégations européennes de l’Armée du Salut : »
      'Hors la Rue',
      'Planète Enfant', // « Obtention du Prix de la Fondation Raja par Planète Enfant : »
      'Comité Protestant évangélique pour la Dignité Humaine (CPDH)', // « Présentation du Comité … (CPDH) par son nouveau Secrétaire Général : »
      'Fondation Scelles', // « Lancement de l’édition 2013-2014 des Prix Fondation Scelles le 21 novembre : »
      'Secours Catholique – Caritas France',
    ]);
    const recovered = report.unsure.filter((passage) => passage.reason.includes('absente de la liste des participants'));
    expect(recovered.map((passage) => passage.position)).toEqual([111, 152, 162, 170]);
  });

  it('takes a short label standing alone between turns as one more turn: a national scheme, a label after a page break', () => {
    const text = [
      'COMPTE-RENDU DE LA RÉUNION DU 3 MARS 2014',
      '',
      'Participants : Hors la Rue, Amicale du Nid, Planète Enfants',
      '',
      'I- Actualités',
      '',
      'Hors la Rue :',
      '',
      'L’association présente son bilan de l’année.',
      '',
      'Dispositif Ac.Sé :',
      '',
      'Le dispositif national d’accueil sécurisant rappelle ses conditions d’orientation.',
      '',
      'http://www.contrelatraite.org/',
      ' Fnasat :',
      '',
      'La fédération signale une rencontre le 4 décembre.',
      '',
      'Amicale du Nid :',
      '',
      'L’association accueille deux nouvelles personnes.',
    ].join('\n');
    const { content, report } = importText(text);
    expect(speakerTurns(content).map((turn) => [turn.organisation, turn.text])).toEqual([
      ['Hors la Rue', 'L’association présente son bilan de l’année.'],
      ['Dispositif Ac.Sé', 'Le dispositif national d’accueil sécurisant rappelle ses conditions d’orientation.'],
      ['Fnasat', 'La fédération signale une rencontre le 4 décembre.'],
      ['Amicale du Nid', 'L’association accueille deux nouvelles personnes.'],
    ]);
    expect(report.unsure.map((passage) => passage.text)).toEqual(expect.arrayContaining(['Dispositif Ac.Sé :', 'Fnasat :']));
  });

  it('leaves a sub-heading that opens a section, or one followed by another heading, as it is', () => {
    const text = ['COMPTE-RENDU DE LA RÉUNION DU 3 MARS 2014', '', 'I- Actualités', '', 'Choix du thème :', '', 'Le Collectif choisit les conflits armés.'].join('\n');
    expect(speakerTurns(importText(text).content)).toEqual([]);
  });

  it('finds the organisation a topic line is about', () => {
    expect(organisationInTopic('Rencontre à Budapest des délégations européennes de l’Armée du Salut :')).toBe('Armée du Salut');
    expect(organisationInTopic('Obtention du Prix de la Fondation Raja par Planète Enfant :')).toBe('Planète Enfant');
    expect(organisationInTopic('Présentation du Comité Protestant évangélique pour la Dignité Humaine (CPDH) par son nouveau Secrétaire Général :')).toBe(
      'Comité Protestant évangélique pour la Dignité Humaine (CPDH)',
    );
    expect(organisationInTopic('Choix de la thématique')).toBeUndefined();
  });
});
