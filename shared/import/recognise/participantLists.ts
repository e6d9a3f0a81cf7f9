import type { Attendance } from '../../model/participants';
import type { SourceBlock } from '../sourceBlock';
import { endsSentence } from './french';
import { type ParticipantEntry, organisationKey, parseParticipantEntry } from './participantEntry';
import { AUTHOR_LINE, attendanceHeaderOf, startsStructure } from './patterns';
import { findFrenchDate } from './frenchDate';
import { type OrganisationDirectory, matchOrganisation, organisationEvidence } from './organisations';
import { isPersonWithCivility, looksLikeName } from './speakerLabel';

/**
 * Participant lists: « Participants à la réunion du … », « Les associations présentes »,
 * « Étaient aussi présents », « Absents excusés : … », each followed by one organisation a
 * line (or inline after the colon), wherever they stand in the minutes.
 */
export interface ParticipantDraft extends ParticipantEntry {
  attendance: Attendance;
}

export interface ParticipantLists {
  participants: ParticipantDraft[];
  /** Indexes of the blocks the lists were made of. */
  consumed: Set<number>;
  /** « Participants à la réunion du 22 novembre 2013 » dates the meeting too. */
  meetingDate?: string;
}

const VERB = /\s(?:a|ont|est|sont|était|étaient|sera|seront|va|vont|doit|peut)\s/u;

/** A line that can be a list entry: short, no sentence, no other structure. */
function entryLike(text: string, isListItem: boolean): boolean {
  // « Hors la Rue : » is a speaker's label after the list, not one more organisation.
  if (!text || text.length > 200 || VERB.test(` ${text} `) || /:$/.test(text)) return false;
  if (endsSentence(text) && text.length > 100) return false;
  return isListItem || !startsStructure(text);
}

/** The entries of a block: its source lines when each is an entry (text exports), else the whole block. */
function entriesOf(block: SourceBlock): string[] | undefined {
  const isListItem = block.style.kind === 'listItem';
  const separated = (line: string) => /[,:(\t]/.test(line);
  if (block.lines.some((line) => line.includes('\t')) || (block.lines.length > 1 && block.lines.every(separated))) {
    return block.lines.every((line) => entryLike(line, isListItem)) ? block.lines : undefined;
  }
  return entryLike(block.text, isListItem) ? [block.text] : undefined;
}

const parsed = (entries: string[]) => entries.map(parseParticipantEntry).filter((e): e is ParticipantEntry => e !== undefined);

/**
 * A list after the colon: « Absents excusés : CCEM, ECPAT France et AFJ » names organisations;
 * « Présents : Amicale du Nid (Hélène De Rugy), Hors la Rue (Martina Andreeva), … » one per comma;
 * two parts only (« Présents : Amicale du Nid, Hélène De Rugy ») are one organisation and its person.
 */
function inlineEntries(rest: string, attendance: Attendance, known: OrganisationDirectory, doubt: (reason: string) => void): ParticipantEntry[] {
  if (!rest) return [];
  if (rest.includes(';')) return parsed(rest.split(';'));
  const parts = rest.split(/\s*,\s*(?![^(]*\))|\s+et\s+(?![^(]*\))(?=\p{Lu})/u).filter(Boolean);
  if (attendance === 'absent' || attendance === 'excused' || parts.length >= 3) return parsed(parts);
  // « Participants : Mouvement du Nid, Armée du Salut »: two organisations, not one and its person.
  const [first = '', second = ''] = parts;
  if (parts.length === 2 && organisationOrPerson(second, known) === 'organisation') {
    if (!matchOrganisation(second, known)) doubt(`« ${second} » lue comme une organisation, et non comme une personne de « ${first} » : à vérifier.`);
    return parsed(parts);
  }
  return parsed([rest]);
}

/**
 * What a name listed beside an organisation is: a known association of the collective or a
 * name with an organisation's mark (« Armée … », « … (CCEM) ») is an organisation; a
 * person's name a person; anything else is unclear, and reported.
 */
function organisationOrPerson(text: string, known: OrganisationDirectory): 'organisation' | 'person' | 'unclear' {
  const name = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (isPersonWithCivility(name)) return 'person';
  if (matchOrganisation(text, known)) return 'organisation';
  const evidence = organisationEvidence(name);
  if (evidence === 'keyword' || evidence === 'acronym') return 'organisation';
  return looksLikeName(name) ? 'person' : 'unclear';
}

/** An entry whose « people » are organisations split into one entry each; what stays unclear is reported. */
function checkedEntries(entry: ParticipantEntry, known: OrganisationDirectory, doubt: (reason: string) => void): ParticipantEntry[] {
  const people: string[] = [];
  const organisations: ParticipantEntry[] = [];
  for (const person of entry.people) {
    const kind = organisationOrPerson(person, known);
    if (kind === 'organisation') {
      organisations.push({ organisation: person, people: [] });
      if (!matchOrganisation(person, known)) doubt(`« ${person} » lue comme une organisation, et non comme une personne de « ${entry.organisation} » : à vérifier.`);
    } else {
      people.push(person);
      if (kind === 'unclear') doubt(`« ${person} » lue comme une personne de « ${entry.organisation} » : à vérifier.`);
    }
  }
  return [{ ...entry, people }, ...organisations];
}

/**
 * `known`: the collective's associations, recognised as organisations wherever a list
 * names them; `unsure` is told of every entry read with doubt.
 */
export function readParticipantLists(
  blocks: SourceBlock[],
  skip: Set<number>,
  known: OrganisationDirectory = [],
  unsure: (block: SourceBlock, reason: string) => void = () => {},
): ParticipantLists {
  const byOrganisation = new Map<string, ParticipantDraft>();
  const consumed = new Set<number>();
  let meetingDate: string | undefined;
  const addOne = (entry: ParticipantEntry, attendance: Attendance) => {
    if (!entry.organisation) return;
    // A known association is written as the collective writes it.
    const name = matchOrganisation(entry.organisation, known)?.name ?? entry.organisation;
    const key = organisationKey(name);
    const existing = byOrganisation.get(key);
    if (!existing) byOrganisation.set(key, { ...entry, organisation: name, people: [...entry.people], attendance });
    else for (const person of entry.people) if (!existing.people.includes(person)) existing.people.push(person);
  };
  let source: SourceBlock | undefined;
  const add = (entry: ParticipantEntry, attendance: Attendance) => {
    const doubt = (reason: string) => source && unsure(source, reason);
    for (const checked of checkedEntries(entry, known, doubt)) addOne(checked, attendance);
  };

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    // A generated table of contents names the lists' headings too (« Participants … ⇥ 4 »).
    if (!block || skip.has(index) || block.tableOfContents) continue;
    const header = attendanceHeaderOf(block.text);
    if (!header || block.style.kind === 'listItem') continue;
    consumed.add(index);
    if (header.kind === 'present') meetingDate ??= findFrenchDate(block.text);
    source = block;
    for (const entry of inlineEntries(header.rest, header.kind, known, (reason) => unsure(block, reason))) add(entry, header.kind);
    let next = index + 1;
    for (; next < blocks.length; next++) {
      const candidate = blocks[next];
      if (!candidate || skip.has(next) || candidate.tableOfContents || attendanceHeaderOf(candidate.text) || AUTHOR_LINE.test(candidate.text)) break;
      if (candidate.style.kind === 'heading') break;
      const entries = entriesOf(candidate)?.map(parseParticipantEntry);
      if (!entries || entries.some((entry) => !entry)) break;
      source = candidate;
      for (const entry of entries) if (entry) add(entry, header.kind);
      consumed.add(next);
    }
    index = next - 1;
  }
  return { participants: [...byOrganisation.values()], consumed, ...(meetingDate ? { meetingDate } : {}) };
}

/**
 * The listed participants, plus the organisations whose turn says they were absent
 * (« Les représentants de l’association étaient absents ») and that no list names.
 */
export function withAbsentees(
  participants: ParticipantDraft[],
  absentees: Array<{ organisation: string; attendance: 'absent' | 'excused' }>,
  directory: OrganisationDirectory,
  onAdded: (organisation: string, attendance: 'absent' | 'excused') => void,
): ParticipantDraft[] {
  const all = [...participants];
  for (const { organisation, attendance } of absentees) {
    const listed = matchOrganisation(organisation, directory) || all.some((p) => organisationKey(p.organisation) === organisationKey(organisation));
    if (listed) continue;
    all.push({ organisation, people: [], attendance });
    onAdded(organisation, attendance);
  }
  return all;
}
