import { CIVILITY, NAME, fold } from './french';
import { type OrganisationDirectory, matchOrganisation } from './organisations';

/**
 * The person speaking in a turn, when the minutes name one: « M. Soulage note que … »,
 * « Mme de Rugy rappelle … », or a participant of the organisation named in its turn.
 * A name that is only mentioned (« Najat Vallaud-Belkacem a réalisé une visite ») is not the speaker.
 */
const SPEECH_VERBS = [
  'note', 'précise', 'indique', 'rappelle', 'souligne', 'explique', 'présente', 'informe', 'annonce', 'ajoute',
  'signale', 'regrette', 'propose', 'demande', 'insiste', 'estime', 'déclare', 'observe', 'constate', 'souhaite',
  'remarque', 'témoigne', 'alerte', 'salue', 'interroge', 'pense', 'considère', 'suggère', 'affirme', 'mentionne',
  'expose', 'partage', 'confirme', 'évoque', 'remercie', 'relève', 'conclut', 'répond', 'intervient', 'dit',
  'fait remarquer', 'fait part', 'fait savoir', 'prend la parole', 'prend la relève', "s'interroge", 's’interroge',
];
const PARTICIPLES = [
  'noté', 'précisé', 'indiqué', 'rappelé', 'souligné', 'expliqué', 'présenté', 'informé', 'annoncé', 'ajouté',
  'signalé', 'regretté', 'proposé', 'demandé', 'insisté', 'estimé', 'déclaré', 'observé', 'constaté', 'souhaité',
  'remarqué', 'témoigné', 'alerté', 'salué', 'interrogé', 'suggéré', 'affirmé', 'mentionné', 'exposé', 'partagé',
  'confirmé', 'évoqué', 'remercié', 'relevé', 'conclu', 'répondu', 'dit', 'fait remarquer', 'fait part', 'pris la parole',
];
const SPEAKS = String.raw`(?:${SPEECH_VERBS.join('|')}|a\s+(?:${PARTICIPLES.join('|')})|est\s+intervenu(?:e)?)`;

const CIVILITY_NAME = new RegExp(`${CIVILITY}\\s+${NAME}`, 'gu');
const THEN_SPEAKS = String.raw`(?=[^.]{0,60}?\s${SPEAKS}(?![\p{L}]))`;
/** A civility and name, then within a few words a verb of speech: « M. Soulage, président, note que ». */
const CIVILITY_SPEAKS = new RegExp(`^${CIVILITY}\\s+${NAME}${THEN_SPEAKS}`, 'u');
/** A first name and a name opening the turn, then a verb of speech: « Franck Vermesse précise ». */
const NOT_FIRST_NAMES = String.raw`(?:Le|La|Les|Un|Une|Ce|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Son|Sa|Ses|Leur)\s`;
const FIRST_AND_LAST = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:de|du|le|la)\s+|d’|d')?\p{Lu}[\p{L}’'-]+`;
const NAME_SPEAKS = new RegExp(`^(?!${NOT_FIRST_NAMES})${FIRST_AND_LAST}${THEN_SPEAKS}`, 'u');

const stripFunction = (person: string) => person.replace(/\s*\([^)]*\)\s*$/, '').trim();

export function personNamedIn(paragraphs: string[], organisation: string, directory: OrganisationDirectory): string {
  const first = paragraphs[0] ?? '';
  const opening = new RegExp(`^${CIVILITY}\\s+${NAME}`, 'u').exec(first);
  if (opening) return opening[0];
  for (const match of first.matchAll(CIVILITY_NAME)) {
    if (CIVILITY_SPEAKS.test(first.slice(match.index))) return match[0];
  }
  const listed = directory.find((known) => known.name === organisation)?.people.map(stripFunction) ?? [];
  const text = fold(paragraphs.join(' '));
  const named = listed.find((person) => person && text.includes(fold(person)));
  if (named) return named;
  const opener = NAME_SPEAKS.exec(first)?.[0] ?? '';
  return opener && !matchOrganisation(opener, directory) ? opener : '';
}
