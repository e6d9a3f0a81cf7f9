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
import { organisationDirectory } from './organisations';
import { TITLE } from './patterns';
import { vocabularyOf } from './restoreCase';
import { fitMeta, fitParticipants } from './fitToModel';
import { findSommaire } from './sommaire';

export interface RecogniseOptions {
  /** The collective's plan: measure references link to it (left as text without one). */
  plan?: PlanRegistry;
  /** The title when the minutes have none, e.g. the file name. */
  fallbackTitle?: string;
  /** Metadata the source states outright (Markdown front matter): it wins over recognition. */
  metaHints?: Partial<MinutesMeta>;
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
  const lists = readParticipantLists(blocks, header.consumed);
  const closing = readClosingLines(blocks, new Set([...header.consumed, ...lists.consumed]), header.validation);
  const consumed = new Set([...header.consumed, ...lists.consumed, ...closing.consumed]);
  const sommaire = findSommaire(blocks, consumed);
  for (const index of sommaire.blocks) consumed.add(index);

  const directory = organisationDirectory(lists.participants);
  const arabicHeadings = arabicHeadingIndexes(blocks, consumed);
  // Sections marked otherwise (numbers, heading styles) make a line in capitals a sub-heading.
  const numberedSections =
    arabicHeadings.size > 0 ||
    blocks.some((block, index) => {
      if (consumed.has(index)) return false;
      if (block.style.kind === 'heading') return block.style.level <= 2;
      return isHeadingTitle(numberedHeadingTitle(block.text) ?? '.');
    });
  const context = { directory, vocabulary, arabicHeadings, numberedSections, unsure: note };
  const items: Classified[] = [];
  blocks.forEach((block, index) => {
    if (consumed.has(index)) {
      if (items[items.length - 1]?.kind !== 'boundary') items.push({ kind: 'boundary' });
    } else items.push(classifyBlock(block, index, context));
  });

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

  const drafts = withAbsentees(lists.participants, assembled.absentees, directory, (organisation, attendance) =>
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
    ...(closing.author ? { author: closing.author } : {}),
    ...options.metaHints,
  }, (field) => unsure.push({ position: 0, text: field, reason: `Champ « ${field} » trop long pour l’en-tête : raccourci.` }));
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
      positionUnit: source.format === 'docx' ? 'paragraph' : 'line',
      recognised,
      removed: { ...source.removed, sommaireEntries: sommaire.entries },
      header: { ...(closing.validation ? { validation: closing.validation } : {}), ...(header.writtenOn ? { writtenOn: header.writtenOn } : {}) },
      looksLikeMinutes,
      unsure: unsure.sort((a, b) => a.position - b.position),
    },
  };
}
