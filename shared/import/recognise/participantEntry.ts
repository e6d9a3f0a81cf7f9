import { fold } from './french';
import { organisationEvidence } from './organisations';
import { isPersonWithCivility, isRole, looksLikeName } from './speakerLabel';

/** One line of a participant list, read. */
export interface ParticipantEntry {
  organisation: string;
  people: string[];
}

/** Splits on commas outside parentheses. */
function splitOutsideParentheses(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

const splitPeople = (text: string) =>
  splitOutsideParentheses(text)
    .flatMap((part) => part.split(/\s+et\s+(?=(?:M\.|Mme|\p{Lu}))/u))
    .map((person) => person.trim())
    .filter(Boolean);

/** A function rather than a name: « Secrétariat du Collectif », « coordination du Collectif ». */
const FUNCTION_WORD = /^(?:secr[ée]tariat|coordination|pr[ée]sidence|direction)(?![\p{L}])/iu;
const isFunction = (text: string) => /^\p{Ll}/u.test(text) || isRole(text) || FUNCTION_WORD.test(text);

const withFunction = (person: string, functions: string[]) => (functions.length > 0 ? `${person} (${functions.join(', ')})` : person);

/** « Secours Catholique – Caritas France et coordination du Collectif »: the organisation, then its function here. */
function organisationAndFunction(text: string): { organisation: string; functions: string[] } {
  const [organisation = text, ...functions] = text.split(/\s+et\s+(?=\p{Ll})/u);
  // The article stays: a list writes names as they are (« Les Champs de Booz »).
  return { organisation: organisation.trim(), functions: functions.map((f) => f.trim()) };
}

/**
 * Reads « Organisation, Personne », « Organisation : Personne, Personne »,
 * « Organisation, Fonction, Personne », « Personne (Organisation) », « Organisation (Personne) »
 * or an organisation alone. Acronyms in parentheses stay part of the name.
 */
export function parseParticipantEntry(line: string): ParticipantEntry | undefined {
  const text = line.replace(/[\s.;,]+$/, '').trim();
  if (!text || text.length > 250) return undefined;

  // A table saved as text: « Amicale du Nid⇥Hélène De Rugy, Claire Quidet ».
  const [first = '', ...columns] = text.split(/\t+/).map((column) => column.trim());
  if (columns.length > 0) return { organisation: first, people: columns.flatMap(splitPeople) };

  const colon = /^([^:]+?)\s*:\s+(.+)$/.exec(text);
  if (colon) {
    const { organisation, functions } = organisationAndFunction(colon[1] ?? '');
    return { organisation, people: splitPeople(colon[2] ?? '').map((person) => withFunction(person, functions)) };
  }

  const parenthesised = /^(.+?)\s*\(([^)]+)\)$/.exec(text);
  if (parenthesised && splitOutsideParentheses(text).length === 1) {
    const outside = parenthesised[1] ?? '';
    const inside = parenthesised[2] ?? '';
    const insidePeople = splitPeople(inside);
    const insideNamesOrganisation = /^[A-Z0-9&-]{2,12}$/.test(inside) || ['keyword', 'acronym'].includes(organisationEvidence(inside) ?? '');
    // « Eric Panloup (MIPROF) », « Mme Moiron-Braud (MIPROF) »: a person and where they come from.
    if (isPersonWithCivility(outside) || (insideNamesOrganisation && looksLikeName(outside) && outside.split(/\s+/).length <= 3)) {
      return { organisation: inside, people: [outside] };
    }
    // « Planète Enfants (Stéphanie Selle, Marc Dupont) »: an organisation and its people.
    if (!insideNamesOrganisation && insidePeople.every(looksLikeName)) return { organisation: outside, people: insidePeople };
  }

  const parts = splitOutsideParentheses(text);
  if (parts.length === 1) return { organisation: organisationAndFunction(text).organisation, people: [] };

  // « Mme Colas, Secours Catholique »: the person first.
  if (isPersonWithCivility(parts[0] ?? '') && !isPersonWithCivility(parts[parts.length - 1] ?? '')) parts.push(parts.shift() ?? '');
  const { organisation, functions } = organisationAndFunction(parts[0] ?? '');
  // A function stands before the person it describes (« Secrétariat du Collectif, Sarah Berthelot »).
  const people: string[] = [];
  let pending = functions;
  for (const part of parts.slice(1)) {
    if (isFunction(part) && !isPersonWithCivility(part)) pending = [...pending, part];
    else {
      people.push(withFunction(part, pending));
      pending = [];
    }
  }
  const last = people.length - 1;
  if (pending.length > 0 && last >= 0) people[last] = withFunction(people[last] ?? '', pending);
  return { organisation, people };
}

/** Two spellings of one organisation in a list (« Secours Catholique – Caritas France » twice). */
export const organisationKey = (organisation: string): string => fold(organisation).replace(/[^a-z0-9]+/g, ' ').trim();
