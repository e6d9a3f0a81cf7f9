import { describe, expect, it } from 'vitest';
import { checkedBody } from '../schema/bodyContent';
import { actionItems, headings, markedEntries, measureRefs, nodesOfType, speakerTurns, textOf } from './fixtures/contentQueries';
import { demoPlan, readFixture } from './fixtures/readFixture';
import { importText } from './importMinutes';

/** The collective's real compte-rendu, extracted from its PDF with the page noise. */
describe('importing the compte-rendu of 22 November 2013 (text extracted from a PDF)', () => {
  const { meta, participants, content, report } = importText(readFixture('compte-rendu-2013-11-22.txt'), { plan: demoPlan });
  const byOrganisation = (name: string) => participants.find((participant) => participant.organisation === name);

  it('reads the header into the metadata, and the validation-free header into the report', () => {
    expect(meta).toEqual({
      title: 'Compte-rendu de la réunion du 22 novembre 2013',
      collective: 'Collectif « Ensemble contre la traite des êtres humains »',
      meetingDate: '2013-11-22',
      place: 'Paris',
      // « Paris, le 26 novembre 2013 »: the writing date, kept in the header (issue 15, point 2).
      writtenOn: '2013-11-26',
      author: 'Sarah Berthelot, pour le secrétariat du Collectif « Ensemble contre la traite des êtres humains »',
    });
    expect(report.header).toEqual({ writtenOn: '2013-11-26' });
    expect(report.looksLikeMinutes).toBe(true);
  });

  it('drops the typed sommaire and finds the four sections without their numbers, wrapped titles joined', () => {
    expect(headings(content, 2)).toEqual([
      'Actualités présentées par les associations du Collectif',
      'Eléments d’informations concernant diverses réunions, invitations et conférences présentées par les membres du Collectif « Ensemble contre la traite des êtres humains »',
      'Préparation de la prochaine journée européenne de lutte contre la traite des êtres humains',
      'Retour sur la rencontre au cabinet de la Ministre des Droits des femmes du 18 octobre 2013 et prochaines étapes du processus d’élaboration et de lancement du plan d’action national de lutte contre la traite des êtres humains',
    ]);
    expect(report.removed.sommaireEntries).toBe(4);
    expect(headings(content, 3)).toEqual([
      'Sortie du livre d’Olivier Peyroux, Délinquants et victimes, la traite des enfants d’Europe de l’est en France (édition Non Lieu, novembre 2013)',
      'Choix de la thématique',
      'Activités et objectifs de l’évènement',
      'Préparation du contenu de la lettre adressée à Madame Najat Vallaud-Belkacem',
    ]);
  });

  it('finds every speaker turn, in its three forms, with the person when the text names one', () => {
    expect(speakerTurns(content).map(({ organisation, person, role }) => [organisation, person, role])).toEqual([
      ['Comité Contre l’Esclavage Moderne', '', ''], // the organisation alone on a line
      ['Mouvement du Nid', '', ''], // « Le Mouvement du Nid : »
      ['Armée du Salut', '', ''], // a topic naming one participant
      ['Hors la Rue', '', ''],
      ['Planète Enfants', '', ''],
      ['Comité Protestant évangélique pour la Dignité Humaine (CPDH)', 'Franck Vermesse', ''],
      // « Lancement … des Prix Fondation Scelles … : » between two turns: one more, not listed, reported (issue 15, point 9)
      ['Fondation Scelles', '', ''],
      ['Secours Catholique – Caritas France', '', ''],
    ]);
    const hors = speakerTurns(content)[3];
    expect(hors?.text).toMatch(/^Najat Vallaud-Belkacem a réalisé une visite/);
    expect(hors?.text).toContain('Hors la Rue lance un projet européen');
    expect(speakerTurns(content)[2]?.text).toMatch(/^Rencontre à Budapest des délégations européennes de l’Armée du Salut :\nLa rencontre a eu lieu/);
    expect(report.unsure.map((passage) => passage.position)).toEqual(expect.arrayContaining([111, 152, 162, 170]));
  });

  it('finds the three « À suivre » boxes, each up to the end of its text', () => {
    expect(actionItems(content)).toEqual([
      { owners: [], due: 'dans les semaines à venir', status: 'open', text: expect.stringMatching(/^Dans les semaines à venir, .* au niveau international\.$/) },
      { owners: [], due: 'd’ici la prochaine réunion', status: 'open', text: expect.stringMatching(/^D’ici la prochaine réunion, .* contre la traite des êtres humains\?$/) },
      { owners: [], due: 'la semaine prochaine', status: 'open', text: expect.stringMatching(/^Le directeur de Cabinet .* afin de préparer cette rencontre\.$/) },
    ]);
  });

  it('reads all participants, acronyms kept, the organisation the text says was absent included', () => {
    expect(participants.map((participant) => participant.organisation)).toEqual([
      'Amicale du Nid',
      'Armée du Salut',
      'Association du foyer Jorbalan (AFJ)',
      'Mouvement du Nid',
      'Hors la Rue',
      'Esclavage Tolérance Zéro (ETZ)',
      'Comité Protestant évangélique pour la Dignité Humaine (CPDH)',
      'Planète Enfants',
      'Secours Catholique – Caritas France',
      'Comité Contre l’Esclavage Moderne',
    ]);
    expect(byOrganisation('Hors la Rue')).toMatchObject({ people: ['Martina Andreeva'], attendance: 'present' });
    expect(byOrganisation('Mouvement du Nid')).toMatchObject({ people: ['Pierre Albert'], attendance: 'present' });
    expect(byOrganisation('Secours Catholique – Caritas France')).toMatchObject({
      people: ['Geneviève Colas (coordination du Collectif)', 'Marcello Palumbo', 'Sarah Berthelot (Secrétariat du Collectif)'],
      attendance: 'present',
    });
    expect(byOrganisation('Comité Contre l’Esclavage Moderne')).toMatchObject({ people: [], attendance: 'absent' });
    expect(report.recognised).toMatchObject({ participants: 10, people: 11 });
  });

  it('keeps the annexes and next meetings as marked sections', () => {
    expect(markedEntries(content, 'annexes')).toEqual([
      expect.stringMatching(/^Lettre du Collectif adressée le 22 novembre 2013 .* êtres humains\.$/),
      expect.stringMatching(/^Compte-rendu de la réunion du 18 octobre 2013 .* \(adopté par le Collectif le 22 novembre\)\.$/),
      expect.stringMatching(/^Comptes-rendus des ateliers du 14 et 15 novembre 2013 .* participantes\)\.$/),
    ]);
    expect(markedEntries(content, 'nextMeetings')).toEqual([
      expect.stringMatching(/^Prochaine réunion du Collectif le vendredi 31 janvier 2014 .* dans la cour\)\.$/),
      expect.stringMatching(/^Le directeur de cabinet .* contre la traite des êtres humains\.$/),
    ]);
  });

  it('undoes the extraction: paragraphs rejoined across blank lines, footers and stray marks gone', () => {
    const paragraphs = nodesOfType(content, 'paragraph').map(textOf);
    expect(paragraphs).toContainEqual(expect.stringMatching(/à Bruxelles\. L’association a répondu à l’appel de la Commission européenne, .* à la réunion précédente\.$/));
    expect(paragraphs.filter((text) => text.startsWith('Hors la rue organise une Fête de Noël'))).toEqual([
      'Hors la rue organise une Fête de Noël le 18 décembre à 17h30 à laquelle les membres du Collectif sont invités.',
    ]);
    const all = textOf(content as never);
    expect(all).not.toContain('contrelatraite.org');
    expect(all.match(/fondationscelles\.org/g)).toHaveLength(1);
    expect(all).not.toMatch(/^\.$/m);
    expect(report.removed).toMatchObject({ footerUrls: 2, strayMarks: 1 });
  });

  it('makes no measure reference of « en mesure de », « mesure par mesure » or « les mesures d’accompagnement »', () => {
    expect(measureRefs(content)).toEqual([]);
    expect(textOf(content as never)).toContain('retravailler le plan mesure par mesure');
  });

  it('produces a body the schema accepts', () => {
    expect(() => checkedBody(content)).not.toThrow();
    expect(report.recognised).toMatchObject({ sections: 4, speakerTurns: 8, actionItems: 3, annexes: 3, nextMeetings: 2 });
  });
});
