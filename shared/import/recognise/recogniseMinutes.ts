import type { MinutesMeta } from '../../model/meta';
import type { Participant } from '../../model/participants';
import type { ProseMirrorJSON } from '../../schema/bodyContent';
import { newBlockId } from '../../schema/blockId';
import { type ImportFormat, type ImportReport, type RemovedCounts, type UnsurePassage, countRecognised, quote } from '../importReport';
import type { SourceBlock } from '../sourceBlock';
import { arabicHeadingIndexes } from './arabicHeadings';
import { readClosingLines } from './closingLines';
import { assemble } from './assemble';
import { isHeadingTitle, numberedHeadingTitle } from './blockShapes';
import { type Classified, classifyBlock } from './classify';
import { formatFrenchDate } from './frenchDate';
import { readHeader } from './header';
import type { PlanRegistry } from './inlineContent';
import { readParticipantLists, withAbsentees } from './participantLists';
import { matchOrganisation, organisationDirectory } from './organisations';
import { TITLE } from './patterns';
import { vocabularyOf } from './restoreCase';
import { META_FIELD_LABELS, fitMeta, fitParticipants } from './fitToModel';
import { findSommaire } from './sommaire';
import { recoverUnlistedSpeakers } from './unlistedSpeakers';

export interface RecogniseOptions {
  /** The collective's plan: measure references link to it (left as text without one). */
  plan?: PlanRegistry;
  /** The title when the minutes have none, e.g. the file name. */
  fallbackTitle?: string;
  /** Metadata the source states outright (Markdown front matter): it wins over recognition. */
  metaHints?: Partial<MinutesMeta>;
  /**
   * The collective's member associations (the server knows them): organisations wherever a
   * participant list or a speaker's label names them, even when the minutes do not list them.
   */
  knownOrganisations?: string[];
}

export interface SourceFacts {
  format: ImportFormat;
  removed: RemovedCounts;
}

export interface RecognisedMinutes {
  meta: MinutesMeta;
  participants: Participant[];
  content: ProseMirrorJSON;
  report: ImportReport;
}

/** The whole recognition: header, participant lists, author, sommaire, then the body. */
export function recogniseMinutes(blocks: SourceBlock[], source: SourceFacts, options: RecogniseOptions = {}): RecognisedMinutes {
  const unsure: UnsurePassage[] = [];
  const note = (block: SourceBlock, reason: string) => unsure.push({ position: block.position, text: quote(block.text), reason });
  const vocabulary = vocabularyOf(blocks.map((block) => block.text));

  const header = readHeader(blocks, vocabulary);
  const known = organisationDirectory((options.knownOrganisations ?? []).map((organisation) => ({ organisation, people: [] })));
  const lists = readParticipantLists(blocks, header.consumed, known, note);
  const closing = readClosingLines(blocks, new Set([...header.consumed, ...lists.consumed]), header.validation);
  const consumed = new Set([...header.consumed, ...lists.consumed, ...closing.consumed]);
  const sommaire = findSommaire(blocks, consumed);
  for (const index of sommaire.blocks) consumed.add(index);

  const listed = organisationDirectory(lists.participants);
  // The collective's associations the minutes do not list still speak as organisations.
  const directory = [...listed, ...known.filter((association) => !matchOrganisation(association.name, listed))];
  const arabicHeadings = arabicHeadingIndexes(blocks, consumed);
  // Sections marked otherwise (numbers, heading styles) make a line in capitals a sub-heading.
  const numberedSections =
    arabicHeadings.size > 0 ||
    blocks.some((block, index) => {
      if (consumed.has(index)) return false;
      if (block.style.kind === 'heading') return block.style.level <= 2;
      return isHeadingTitle(numberedHeadingTitle(block.text) ?? '.');
    });
  // Word and LibreOffice number their headings from 1 under a title style; Markdown and HTML sections are `##`.
  const bodyHeadingLevels = blocks.flatMap((block, index) => (block.style.kind === 'heading' && !consumed.has(index) ? [block.style.level] : []));
  const sectionLevel = Math.min(2, ...bodyHeadingLevels);
  const context = { directory, vocabulary, arabicHeadings, numberedSections, sectionLevel, unsure: note };
  const classified: Classified[] = [];
  blocks.forEach((block, index) => {
    if (consumed.has(index)) {
      if (classified[classified.length - 1]?.kind !== 'boundary') classified.push({ kind: 'boundary' });
    } else classified.push(classifyBlock(block, index, context));
  });
  const items = recoverUnlistedSpeakers(classified, note);

  const knownMeasures = options.plan?.measures ? new Set(options.plan.measures) : undefined;
  let unlinked = 0;
  const assembled = assemble(items, {
    directory,
    unsure: note,
    inline: {
      plan: options.plan,
      onReference: (number, position) => {
        if (knownMeasures && !knownMeasures.has(number)) {
          const reason = `La mesure ${number} n’est pas dans le registre du plan « ${options.plan?.id} ».`;
          unsure.push({ position, text: `mesure ${number}`, reason });
        }
      },
      onUnlinked: () => unlinked++,
    },
  });
  if (unlinked > 0) {
    const reason = `${unlinked} référence(s) à des mesures laissée(s) en texte : aucun plan n’est enregistré pour le collectif.`;
    unsure.push({ position: 0, text: '', reason });
  }

  const drafts = withAbsentees(lists.participants, assembled.absentees, listed, (organisation, attendance) =>
    unsure.push({
      position: 0,
      text: organisation,
      reason: `« ${organisation} » ajoutée aux participants comme ${attendance === 'excused' ? 'excusée' : 'absente'} d’après son tour de parole.`,
    }),
  );
  const participants = fitParticipants(
    drafts.map((draft) => ({ id: newBlockId(), ...draft })),
    (organisation) => unsure.push({ position: 0, text: organisation, reason: 'Entrée de la liste des participants trop longue : raccourcie.' }),
  );

  const meetingDate = options.metaHints?.meetingDate ?? header.meetingDate ?? lists.meetingDate;
  let title = options.metaHints?.title ?? header.title;
  if (!title) {
    title = meetingDate ? `Compte-rendu de la réunion du ${formatFrenchDate(meetingDate)}` : (options.fallbackTitle ?? 'Compte-rendu importé');
    unsure.push({ position: 0, text: title, reason: 'Aucun titre reconnu : titre proposé, à corriger.' });
  }
  const meta = fitMeta({
    title,
    ...(header.collective ? { collective: header.collective } : {}),
    ...(meetingDate ? { meetingDate } : {}),
    ...(header.place ? { place: header.place } : {}),
    ...(header.writtenOn ? { writtenOn: header.writtenOn } : {}),
    ...(closing.author ? { author: closing.author } : {}),
    ...options.metaHints,
  },
    (field) => unsure.push({ position: 0, text: field, reason: `Champ « ${META_FIELD_LABELS[field as keyof MinutesMeta]} » trop long pour l’en-tête : raccourci.` }),
    (field, problem) => unsure.push({ position: 0, text: field, reason: `Champ « ${META_FIELD_LABELS[field as keyof MinutesMeta]} » non repris (${problem}) : à saisir dans l’en-tête.` }),
  );
  const recognised = countRecognised(assembled.content, participants);
  // A letter has a place and date and may have lines in capitals; minutes have a title, a
  // participant list, « À suivre » boxes or numbered sections.
  const numberedSectionCount = items.filter((item) => item.kind === 'section' && item.numbered).length;
  const looksLikeMinutes =
    TITLE.test(header.title ?? options.metaHints?.title ?? '') ||
    recognised.participants > 0 ||
    recognised.actionItems > 0 ||
    numberedSectionCount >= 2;
  return {
    meta,
    participants,
    content: assembled.content,
    report: {
      format: source.format,
      positionUnit: source.format === 'text' || source.format === 'markdown' ? 'line' : 'paragraph',
      recognised,
      removed: { ...source.removed, sommaireEntries: sommaire.entries },
      header: { ...(closing.validation ? { validation: closing.validation } : {}), ...(header.writtenOn ? { writtenOn: header.writtenOn } : {}) },
      looksLikeMinutes,
      unsure: unsure.sort((a, b) => a.position - b.position),
    },
  };
}
