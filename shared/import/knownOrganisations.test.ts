import { describe, expect, it } from 'vitest';
import { headings, speakerTurns } from './fixtures/contentQueries';
import { importText } from './importMinutes';

/** The associations of the demo collective, as the server passes them (its accounts' associations). */
const ASSOCIATIONS = ['Amicale du Nid', 'Armée du Salut', 'Mouvement du Nid', 'Hors la Rue', 'Planète Enfants', 'Secours Catholique – Caritas France'];

const minutes = (...lines: string[]) =>
  [
    'COMPTE-RENDU DE LA RÉUNION DU COLLECTIF',
    '',
    'Réunion du vendredi 31 janvier 2014, Secours Catholique, Paris',
    '',
    ...lines,
    '',
    'I- Actualités',
    '',
    'Mouvement du Nid :',
    '',
    'L’association présente son rapport annuel.',
  ].join('\n');

describe('participants line and meeting line (issue 15, point 8)', () => {
  it('reads « Réunion du vendredi 31 janvier 2014, Secours Catholique, Paris » as the date and place, not a heading', () => {
    const { meta, content } = importText(minutes('Participants : Mouvement du Nid, Hors la Rue, Planète Enfants'));
    expect(meta).toMatchObject({ meetingDate: '2014-01-31', place: 'Secours Catholique, Paris' });
    expect([...headings(content, 2), ...headings(content, 3)]).toEqual(['Actualités']);
  });

  it('lists « Mouvement du Nid, Armée du Salut » as two organisations, not one and its person', () => {
    const { participants } = importText(minutes('Participants : Mouvement du Nid, Armée du Salut'));
    expect(participants.map(({ organisation, people }) => ({ organisation, people }))).toEqual([
      { organisation: 'Mouvement du Nid', people: [] },
      { organisation: 'Armée du Salut', people: [] },
    ]);
  });

  it('recognises the collective’s known associations, whatever their names look like, and writes them as the collective does', () => {
    const text = minutes('Participants : Hors la Rue, Planète Enfants', '', 'Présents : Secours Catholique, Marcello Palumbo');
    const alone = importText(text);
    // Without the collective's list, « Hors la Rue, Planète Enfants » reads as an organisation and its person…
    expect(alone.participants[0]).toMatchObject({ organisation: 'Hors la Rue', people: ['Planète Enfants'] });
    const known = importText(text, { knownOrganisations: ASSOCIATIONS });
    expect(known.participants.map(({ organisation, people }) => ({ organisation, people }))).toEqual([
      { organisation: 'Hors la Rue', people: [] },
      { organisation: 'Planète Enfants', people: [] },
      { organisation: 'Secours Catholique – Caritas France', people: ['Marcello Palumbo'] },
    ]);
    expect(known.report.unsure.filter((passage) => passage.text.includes('Participants'))).toEqual([]);
  });

  it('lists what it is unsure of as doubtful instead of « Aucun passage douteux »', () => {
    const { participants, report } = importText(minutes('Participants : Mouvement du Nid, Groupe 75 Nord'));
    expect(participants[0]).toMatchObject({ organisation: 'Mouvement du Nid', people: ['Groupe 75 Nord'] });
    expect(report.unsure).toContainEqual(
      expect.objectContaining({ text: 'Participants : Mouvement du Nid, Groupe 75 Nord', reason: expect.stringContaining('« Groupe 75 Nord » lue comme une personne') }),
    );
    const guessed = importText(minutes('Participants : Mouvement du Nid, Armée du Salut'));
    expect(guessed.report.unsure).toContainEqual(expect.objectContaining({ reason: expect.stringContaining('« Armée du Salut » lue comme une organisation') }));
  });

  it('recognises a known association’s turn when the minutes do not list it, even with a name in lower case', () => {
    const text = `${minutes('Participants : Mouvement du Nid')}\n\nAgir contre la prostitution des enfants :\n\nL’association signale deux situations.\n`;
    const turnsOf = (knownOrganisations: string[]) => speakerTurns(importText(text, { knownOrganisations }).content).map((turn) => turn.organisation);
    expect(turnsOf([])).toEqual(['Mouvement du Nid']);
    expect(turnsOf([...ASSOCIATIONS, 'Agir contre la prostitution des enfants'])).toEqual(['Mouvement du Nid', 'Agir contre la prostitution des enfants']);
  });
});
