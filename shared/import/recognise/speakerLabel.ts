import { CIVILITY, NAME, fold } from './french';
import {
  type OrganisationDirectory,
  type OrganisationEvidence,
  matchOrganisation,
  organisationEvidence,
  organisationsNamedIn,
  withoutArticle,
} from './organisations';

/** Who speaks in a turn: the attributes of a `speakerTurn`. */
export interface Speaker {
  organisation: string;
  person: string;
  role: string;
}

/** How sure the label is: a listed participant, a function, a civility, or only the look of a name. */
export type SpeakerEvidence = 'participant' | 'role' | 'person' | OrganisationEvidence;

export interface SpeakerLabel {
  speaker: Speaker;
  evidence: SpeakerEvidence;
}

const ROLE_WORDS = new Set([
  'ministre', 'secretaire', 'coordinateur', 'coordinatrice', 'directeur', 'directrice', 'president', 'presidente',
  'vice-president', 'vice-presidente', 'expert', 'experte', 'charge', 'chargee', 'conseiller', 'conseillere', 'delegue',
  'deleguee', 'rapporteur', 'rapporteure', 'rapporteuse', 'prefet', 'prefete', 'depute', 'deputee', 'senateur',
  'senatrice', 'maire', 'magistrat', 'magistrate', 'procureur', 'procureure', 'juge', 'representant', 'representante',
  'responsable', 'chef', 'cheffe', 'commissaire', 'inspecteur', 'inspectrice', 'avocat', 'avocate', 'ambassadeur',
  'ambassadrice', 'juriste', 'medecin', 'officier', 'commandant', 'capitaine', 'tresorier', 'tresoriere',
  'haut-commissaire', 'haute-commissaire', 'adjoint', 'adjointe', 'animateur', 'animatrice', 'porte-parole',
]);

/** « Ministre des Droits des femmes », « Coordinateur national de la MIPROF », « La Ministre ». */
export const isRole = (label: string): boolean =>
  ROLE_WORDS.has(fold(withoutArticle(label).split(/\s+/)[0] ?? '').replace(/[^a-z-]/g, ''));

const PERSON_WITH_CIVILITY = new RegExp(`^${CIVILITY}\\s+${NAME}$`, 'u');
/** « Hélène De Rugy »: two to four capitalised words, beside an organisation in a label or a list. */
const BARE_NAME = /^\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|du|d[’']|le|la)\s*)?\p{Lu}[\p{L}’'-]+){1,3}$/u;

export const isPersonWithCivility = (text: string): boolean => PERSON_WITH_CIVILITY.test(text.trim());
export const looksLikeName = (text: string): boolean => BARE_NAME.test(text.trim()) || isPersonWithCivility(text);

const ACRONYM_PART = /^[A-Z][A-Z0-9&-]{1,11}$/;

/** Someone the participant list names (« Pierre Albert », listed as « Pierre Albert (trésorier) »). */
const isListedPerson = (part: string, directory: OrganisationDirectory) =>
  directory.some((organisation) => organisation.people.some((person) => fold(person.replace(/\s*\(.*$/, '')) === fold(part)));

/** A person in a label: with a civility, listed, or a name after the organisation (« Mouvement du Nid (Pierre Albert) »). */
const isPersonPart = (part: string, speaker: Speaker, directory: OrganisationDirectory): boolean =>
  isPersonWithCivility(part) ||
  isListedPerson(part, directory) ||
  (Boolean(speaker.organisation) && looksLikeName(part) && organisationEvidence(part) === 'capitalised');

const EMPTY: Speaker = { organisation: '', person: '', role: '' };

/** A label that is not a speaker however it looks: section words typed like names. */
const SECTION_WORDS = [
  String.raw`questions?\s+diverses`, 'divers', 'conclusions?', 'introduction', 'contexte', String.raw`d[ée]cisions?`, 'ordre du jour',
  'tour de table', 'objet', 'lieu', 'date', 'note', 'nb', 'remarques?', 'rappel', 'exemples?', 'concernant', 'proposition',
  String.raw`synth[èe]se`, 'bilan', 'calendrier', String.raw`actualit[ée]s?`,
];
const NOT_SPEAKERS = new RegExp(`^(?:${SECTION_WORDS.join('|')})(?![\\p{L}])`, 'iu');

function wholeLabel(label: string, directory: OrganisationDirectory): SpeakerLabel | undefined {
  const known = matchOrganisation(label, directory);
  if (known) return { speaker: { ...EMPTY, organisation: known.name }, evidence: 'participant' };
  if (isRole(label)) {
    // « Coordinateur national de la MIPROF »: the function, and the listed organisation it names.
    const named = organisationsNamedIn(label, directory);
    const organisation = named.length === 1 ? (named[0]?.organisation.name ?? '') : '';
    return { speaker: { ...EMPTY, organisation, role: withoutArticle(label).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) }, evidence: 'role' };
  }
  if (isPersonWithCivility(label)) {
    const name = fold(label.split(/\s+/).slice(1).join(' '));
    // « M. Albert » belongs to the organisation listing « Pierre Albert ».
    const owner = directory.find((organisation) => organisation.people.some((person) => ` ${fold(person)} `.includes(` ${name} `)));
    return { speaker: { ...EMPTY, person: label, organisation: owner?.name ?? '' }, evidence: 'person' };
  }
  const evidence = organisationEvidence(label);
  if (evidence) return { speaker: { ...EMPTY, organisation: withoutArticle(label) }, evidence };
  return undefined;
}

/** « M. Soulage (Secours Catholique) », « Mme Moiron-Braud, Secrétaire générale de la MIPROF ». */
function combinedLabel(label: string, directory: OrganisationDirectory): SpeakerLabel | undefined {
  const parts = label
    .split(/\s*[(),]\s*|\s+[-–—]\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const speaker: Speaker = { ...EMPTY };
  let evidence: SpeakerEvidence | undefined;
  for (const part of parts) {
    const known = matchOrganisation(part, directory);
    if (known && known.name === speaker.organisation) continue; // « … (CPDH) » after its name
    if (known && !speaker.organisation) {
      speaker.organisation = known.name;
      evidence = 'participant';
    } else if (!speaker.person && isPersonPart(part, speaker, directory)) {
      speaker.person = part;
      evidence ??= 'person';
    } else if (isRole(part) && !speaker.role) {
      speaker.role = part;
      evidence ??= 'role';
    } else if (!speaker.organisation && organisationEvidence(part)) {
      speaker.organisation = withoutArticle(part);
      evidence ??= organisationEvidence(part);
    } else if (speaker.organisation && ACRONYM_PART.test(part) && !speaker.person && !speaker.role) {
      speaker.organisation = `${speaker.organisation} (${part})`;
    } else {
      return undefined;
    }
  }
  return evidence ? { speaker, evidence } : undefined;
}

/**
 * The speaker a label names (« Le Mouvement du Nid », « Ministre des Droits des femmes »,
 * « M. Soulage (Secours Catholique) »), or undefined when it is no speaker.
 */
export function parseSpeakerLabel(text: string, directory: OrganisationDirectory): SpeakerLabel | undefined {
  const label = text.replace(/\s*:\s*$/, '').trim();
  if (!label || label.length > 120 || !/^[\p{Lu}«"]/u.test(label) || NOT_SPEAKERS.test(label)) return undefined;
  // A sentence is no label (civilities and initials aside).
  if (/[.!?;]/.test(label.replace(new RegExp(CIVILITY, 'gu'), '').replace(/\b\p{Lu}\./gu, ''))) return undefined;
  if (/\d{4}|\b\d{1,2}\s+\p{Ll}+\s+\d/u.test(label)) return undefined;
  // « Mouvement du Nid (Pierre Albert) » is two things; « Association du foyer Jorbalan (AFJ) » one.
  const composite = /,|\((?![A-Z0-9&-]{2,12}\))/.test(label);
  return composite
    ? (combinedLabel(label, directory) ?? wholeLabel(label, directory))
    : (wholeLabel(label, directory) ?? combinedLabel(label, directory));
}
