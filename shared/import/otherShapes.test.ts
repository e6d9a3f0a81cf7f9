import { beforeAll, describe, expect, it } from 'vitest';
import { actionItems, headings, markedEntries, measureRefs, speakerTurns, textOf } from './fixtures/contentQueries';
import { docxMinutes } from './fixtures/docxMinutes';
import { demoPlan, readFixture } from './fixtures/readFixture';
import { type ImportedMinutes, importDocx, importMarkdown, importText } from './importMinutes';

const people = (participants: Array<{ organisation: string; people: string[]; attendance: string }>) =>
  participants.map(({ organisation, people: names, attendance }) => [organisation, names, attendance]);

describe('plain text wrapped at 70 columns, hyphenated, with page footers and « I. TITRE » headings', () => {
  const { meta, participants, content, report } = importText(readFixture('cr-2014-01-31-wrapped.txt'), { plan: demoPlan });

  it('reads a header in capitals back into the document’s own spelling', () => {
    expect(meta).toEqual({
      title: 'Compte rendu de la réunion du 31 janvier 2014',
      collective: 'Collectif « Ensemble contre la traite des êtres humains »',
      meetingDate: '2014-01-31',
      place: 'Paris',
      writtenOn: '2014-02-05',
      author: 'Sarah Berthelot, pour le secrétariat du Collectif',
    });
    expect(report.header).toEqual({ validation: 'Validé lors de la réunion du Collectif du 17 mars 2014', writtenOn: '2014-02-05' });
  });

  it('reads participants listed first, « Organisation : Personne, Personne », excused inline and guests « Personne (Organisation) »', () => {
    expect(people(participants)).toEqual([
      ['Amicale du Nid', ['Hélène De Rugy', 'Claire Quidet'], 'present'],
      ['Armée du Salut', ['Jane Paone'], 'present'],
      ['Comité Contre l’Esclavage Moderne (CCEM)', ['Mona Chamass'], 'present'],
      ['Hors la Rue', ['Martina Andreeva', 'Guillaume Lardanchet'], 'present'],
      ['Mouvement du Nid', ['Pierre Albert'], 'present'],
      ['Secours Catholique – Caritas France', ['Geneviève Colas', 'Sarah Berthelot'], 'present'],
      ['ECPAT France', [], 'excused'],
      ['Fondation Scelles', [], 'excused'],
      ['MIPROF', ['Eric Panloup', 'Mme Moiron-Braud'], 'also_present'],
    ]);
  });

  it('finds the sections, the speaker turns (inline label, organisation alone, function) and who speaks', () => {
    expect(headings(content, 2)).toEqual(['Actualités des associations du Collectif', 'Échange avec la MIPROF sur le plan d’action national', 'Questions diverses']);
    expect(speakerTurns(content).map(({ organisation, person, role }) => [organisation, person, role])).toEqual([
      ['Mouvement du Nid', '', ''],
      ['Hors la Rue', 'Mme Andreeva', ''],
      ['Secours Catholique – Caritas France', 'M. Soulage', ''],
      ['MIPROF', 'M. Panloup', 'Coordinateur national de la MIPROF'],
    ]);
    // « Les associations demandent … » is the collective again, not the MIPROF.
    expect(speakerTurns(content)[3]?.text).not.toContain('Les associations demandent');
  });

  it('joins words cut at line ends, keeps the hyphens that belong to the word, and the paragraph across a page break', () => {
    const text = textOf(content as never);
    expect(text).toContain('renforcer l’accompagnement des mineurs');
    expect(text).toContain('sera peut-être en mesure de présenter');
    expect(text).toContain('la coordination des associations');
    expect(text).toContain('Mme Vallaud-Belkacem, reçoive');
    expect(text).toContain('notamment pour la mesure 22 du plan (coordination départementale)');
    expect(text).not.toMatch(/page \d|contrelatraite/);
    expect(report.removed).toMatchObject({ dehyphenated: 4, runningHeaders: 3, footerUrls: 1 });
  });

  it('links numbered measures, and only those', () => {
    expect(measureRefs(content).map(({ number, item }) => [number, item])).toEqual([
      [9, ''],
      [22, ''],
      [1, ''],
      [2, ''],
      [10, '2ème tiret'],
      [5, ''],
    ]);
    expect(textOf(content as never)).toContain('revenir mesure par mesure sur les propositions');
  });

  it('reads « À suivre » boxes with their owners and deadline, a box of items included', () => {
    expect(actionItems(content)).toEqual([
      { owners: ['Secours Catholique – Caritas France'], due: '2014-03-15', status: 'open', text: 'Le Secours Catholique enverra la liste des contacts régionaux avant le 15 mars 2014.' },
      {
        owners: ['Hors la Rue', 'Amicale du Nid'],
        due: 'd’ici la prochaine réunion',
        status: 'open',
        text: '– Hors la Rue : transmettre les chiffres sur les mineurs d’ici la prochaine réunion ;\n– Amicale du Nid : proposer une formation commune.',
      },
    ]);
    expect(markedEntries(content, 'nextMeetings')).toEqual(['Prochaine réunion du Collectif : vendredi 28 mars 2014 de 10h à 12h30 au Secours Catholique, 106 rue du Bac, 75007 Paris.']);
  });
});

describe('Markdown typed by hand: « ## 1. » sections, a heading or bold label per speaker, a quoted « À suivre »', () => {
  const { meta, participants, content, report } = importMarkdown(readFixture('cr-2014-03-14.md'), { plan: demoPlan });

  it('reads the header and the participant lists given as Markdown lists', () => {
    expect(meta).toEqual({
      title: 'Compte rendu de la réunion du 14 mars 2014',
      collective: 'Collectif « Ensemble contre la traite des êtres humains »',
      meetingDate: '2014-03-14',
      place: 'Lyon',
      writtenOn: '2014-03-20',
      author: 'Claire Quidet (Amicale du Nid)',
    });
    expect(people(participants)).toEqual([
      ['Amicale du Nid', ['Hélène De Rugy'], 'present'],
      ['Fondation Scelles', ['Yves Charpenel'], 'present'],
      ['Hors la Rue', ['Martina Andreeva', 'Guillaume Lardanchet'], 'present'],
      ['Organisation Internationale Contre l’Esclavage Moderne (OICEM)', ['Georgina Vaz Cabral'], 'present'],
      ['Comité Contre l’Esclavage Moderne (CCEM)', [], 'excused'],
      ['ECPAT France', [], 'excused'],
    ]);
  });

  it('finds sections without their numbers, sub-headings, and turns named by heading, bold label, acronym or list item', () => {
    expect(headings(content, 2)).toEqual(['Retour sur le lancement du plan', 'Journée européenne du 18 octobre', 'Questions diverses']);
    expect(headings(content, 3)).toEqual(['Choix du thème']);
    expect(speakerTurns(content).map(({ organisation, person }) => [organisation, person])).toEqual([
      ['Fondation Scelles', 'M. Charpenel'],
      ['Organisation Internationale Contre l’Esclavage Moderne (OICEM)', ''],
      ['Hors la Rue', ''],
      ['Amicale du Nid', 'Mme De Rugy'],
    ]);
  });

  it('reads the quoted box, the measures, the next meeting and the annexes', () => {
    expect(actionItems(content)).toEqual([
      { owners: ['Fondation Scelles'], due: 'd’ici la prochaine réunion', status: 'open', text: 'la Fondation Scelles transmettra une note sur la mesure 12 d’ici la prochaine réunion.' },
    ]);
    expect(measureRefs(content).map(({ number }) => number)).toEqual([12, 19, 12, 7]);
    expect(markedEntries(content, 'nextMeetings')).toEqual(['Prochaine réunion : le vendredi 16 mai 2014 à 10h, au Secours Catholique.']);
    expect(markedEntries(content, 'annexes')).toEqual([
      'Plan d’action national contre la traite des êtres humains 2014-2016.',
      'Note de la Fondation Scelles sur l’infraction de traite.',
    ]);
    expect(report.unsure).toEqual([]);
  });
});

describe('a Word document (made here with the docx package): title style, « Partie 1 – » headings, tables', () => {
  let imported: ImportedMinutes;
  beforeAll(async () => {
    imported = await importDocx(await docxMinutes(), { plan: demoPlan });
  });

  it('reads the title style, the place and the date', () => {
    const { meta, report } = imported;
    expect(meta).toEqual({
      title: 'Compte-rendu de la réunion du 16 mai 2014',
      collective: 'Collectif « Ensemble contre la traite des êtres humains »',
      meetingDate: '2014-05-16',
      place: 'Marseille',
      writtenOn: '2014-05-22',
      author: 'Stéphanie Selle, pour le secrétariat du Collectif',
    });
    expect(report.format).toBe('docx');
  });

  it('reads a participant table (header row skipped) and guests typed with line breaks', () => {
    expect(people(imported.participants)).toEqual([
      ['Planète Enfants', ['Stéphanie Selle'], 'present'],
      ['Armée du Salut', ['Jane Paone', 'Marc Dupont'], 'present'],
      ['Hors la Rue', ['Martina Andreeva'], 'present'],
      ['MIPROF', ['Eric Panloup'], 'also_present'],
      ['Ministère des Droits des femmes', ['M. Martin'], 'also_present'],
    ]);
  });

  it('finds bold speaker labels, a function as speaker, the framed « À suivre » and the numbered annexes', () => {
    const { content } = imported;
    expect(headings(content, 2)).toEqual(['Nouvelles des associations', 'Préparation du 18 octobre']);
    expect(speakerTurns(content).map(({ organisation, person, role }) => [organisation, person, role])).toEqual([
      ['Planète Enfants', 'Mme Selle', ''],
      ['Armée du Salut', '', ''],
      ['', '', 'Ministre des Droits des femmes'],
    ]);
    expect(actionItems(content)).toEqual([
      {
        owners: ['Armée du Salut', 'Planète Enfants'],
        due: '2014-06-30',
        status: 'open',
        text: 'L’Armée du Salut enverra son rapport d’activité avant le 30 juin 2014.\nPlanète Enfants diffusera la plaquette du projet.',
      },
    ]);
    expect(measureRefs(content).map(({ number }) => number)).toEqual([2, 7, 10, 11]);
    expect(markedEntries(content, 'annexes')).toEqual(['Programme de la journée du 18 octobre.', 'Plaquette du projet de Planète Enfants.']);
  });
});
