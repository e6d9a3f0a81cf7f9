import type { MarkedSectionKind } from '../../schema/markedSection';
import { type InlineRun, type SourceBlock, runsFrom } from '../sourceBlock';
import { headingText, isHeadingTitle, isTitleLike, numberedHeadingTitle, subHeadingTitle, withoutHeadingNumber } from './blockShapes';
import { type FollowUpAttributes, stated } from './followUp';
import { fold, isAllCaps } from './french';
import { type OrganisationDirectory, organisationsNamedIn } from './organisations';
import { ANNEXES_HEADER, FOLLOW_UP, NEXT_MEETINGS_HEADER, isHeaderLine } from './patterns';
import { type Vocabulary, restoreCase } from './restoreCase';
import { type SpeakerLabel, parseSpeakerLabel } from './speakerLabel';

/** What one block of the body is, before the blocks are assembled into the document. */
export type Classified =
  /** A part recognised elsewhere (header, participant list, author line): it ends open sections and turns. */
  | { kind: 'boundary' }
  /** `numbered`: « II – … », « 2. … »: the mark of minutes, unlike a line in capitals. */
  | { kind: 'section'; title: string; numbered?: boolean; block: SourceBlock }
  /** `standalone`: a line that only looks like a title (no number, no heading style): maybe an unlisted speaker. */
  | { kind: 'subsection'; title: string; standalone?: boolean; block: SourceBlock }
  /** `lead`: a topic line the turn is attributed from; `rest`: what follows « Label : » on the same line. */
  | { kind: 'speaker'; label: SpeakerLabel; lead?: InlineRun[]; rest?: InlineRun[]; block: SourceBlock }
  /** `stated`: owners, due date or status written out after « À suivre » (Minutier's own exports). */
  | { kind: 'followUp'; runs: InlineRun[]; stated?: Partial<FollowUpAttributes>; block: SourceBlock }
  | { kind: 'marked'; section: MarkedSectionKind; runs?: InlineRun[]; block: SourceBlock }
  | { kind: 'listItem'; ordered: boolean; number: number; runs: InlineRun[]; block: SourceBlock }
  | { kind: 'paragraph'; runs: InlineRun[]; block: SourceBlock };

export interface ClassifyContext {
  directory: OrganisationDirectory;
  vocabulary: Vocabulary;
  /** Blocks numbered « 1. », « 2. » that are the sections. */
  arabicHeadings: Set<number>;
  /** Whether sections are numbered, so that lines in capitals are sub-headings. */
  numberedSections: boolean;
  /** The heading level of sections: 1 when the body's headings start at 1 (Word's « Titre 1 »), else 2. */
  sectionLevel: number;
  unsure: (block: SourceBlock, reason: string) => void;
}

/** Labels trusted even inline (« Le Mouvement du Nid : L’association précise … »). */
const STRONG = new Set(['participant', 'role', 'person', 'keyword', 'acronym']);

/**
 * « Organisation : une matinée… », « Action : … »: one common word of the organisation
 * vocabulary opens a sentence; it names no one unless typed in bold as a label.
 */
const isLoneCommonWord = (label: SpeakerLabel) =>
  label.evidence === 'keyword' &&
  !/\s/.test(label.speaker.organisation) &&
  !/^\p{Lu}{2,}$/u.test(label.speaker.organisation) &&
  !NAMES_ALONE.has(fold(label.speaker.organisation));

/** Words of that vocabulary that are names by themselves (« La Cimade : … »). */
const NAMES_ALONE = new Set(['cimade', 'caritas', 'croix-rouge']);

/** « Label : the rest », the colon outside guillemets and parentheses. */
const INLINE_LABEL = /^((?:[^:«()]|\([^()]*\)){2,120}?)\s*:\s+(?=\S)/u;

/** « **Hors la Rue** : … »: a label typed in bold is meant as one, whatever it looks like. */
const startsBold = (block: SourceBlock, label: string) => {
  const first = block.runs[0];
  return Boolean(first?.bold && first.text.trim().length > 1 && label.startsWith(first.text.trim().replace(/\s*:$/, '')));
};

function afterPrefix(block: SourceBlock, prefix: RegExp): InlineRun[] {
  const match = prefix.exec(block.text);
  return runsFrom(block.runs, match ? match[0].length : 0);
}

function followUp(block: SourceBlock): Classified {
  const runs = afterPrefix(block, FOLLOW_UP);
  const details = runs.map((run) => run.text).join('');
  const attributes = details ? stated(details) : undefined;
  return attributes ? { kind: 'followUp', runs: [], stated: attributes, block } : { kind: 'followUp', runs, block };
}

/** A heading-looking line: a speaker, or the topic of one participant's news, or a sub-heading. */
function labelOrTopic(block: SourceBlock, text: string, context: ClassifyContext): Classified {
  const label = parseSpeakerLabel(text, context.directory);
  if (label && label.evidence !== 'capitalised' && label.evidence !== 'keyword') return { kind: 'speaker', label, block };
  const named = organisationsNamedIn(text, context.directory);
  if (named.length === 1 && named[0]) {
    context.unsure(block, `Tour de parole attribué à « ${named[0].organisation.name} », seule organisation nommée dans cet intitulé.`);
    const speaker = { organisation: named[0].organisation.name, person: '', role: '' };
    return { kind: 'speaker', label: { speaker, evidence: 'participant' }, lead: block.runs, block };
  }
  if (label) {
    if (label.evidence === 'capitalised') context.unsure(block, 'Ligne courte lue comme un nom d’organisation (tour de parole) : à vérifier.');
    return { kind: 'speaker', label, block };
  }
  return { kind: 'subsection', title: headingText(text), standalone: true, block };
}

function classifyHeadingStyled(block: SourceBlock, level: number, context: ClassifyContext): Classified {
  const title = headingText(withoutHeadingNumber(restoreCase(block.text, context.vocabulary)));
  if (ANNEXES_HEADER.test(title)) return { kind: 'marked', section: 'annexes', block };
  if (NEXT_MEETINGS_HEADER.test(title)) return { kind: 'marked', section: 'nextMeetings', block };
  if (FOLLOW_UP.test(title)) return followUp(block);
  if (level <= context.sectionLevel) return { kind: 'section', title, numbered: withoutHeadingNumber(block.text) !== block.text, block };
  // A heading the author styled as such is a speaker only when its words name one.
  const label = parseSpeakerLabel(title, context.directory);
  if (label && STRONG.has(label.evidence)) return { kind: 'speaker', label, block };
  return { kind: 'subsection', title, block };
}

/** A paragraph the source styled as a speaker's label: a turn, even of an organisation no list names. */
function styledLabel(block: SourceBlock, context: ClassifyContext): Classified {
  const label = parseSpeakerLabel(block.text, context.directory);
  if (label) return { kind: 'speaker', label, block };
  context.unsure(block, 'Intitulé de tour de parole repris tel quel comme organisation : à vérifier.');
  return { kind: 'speaker', label: { speaker: { organisation: headingText(block.text), person: '', role: '' }, evidence: 'capitalised' }, block };
}

export function classifyBlock(block: SourceBlock, index: number, context: ClassifyContext): Classified {
  const text = block.text;
  if (block.style.kind === 'heading') return classifyHeadingStyled(block, block.style.level, context);
  if (block.speakerLabel && !FOLLOW_UP.test(text)) return styledLabel(block, context);
  if (FOLLOW_UP.test(text)) return followUp(block);
  const annexes = isHeaderLine(ANNEXES_HEADER, text) ? ANNEXES_HEADER.exec(text) : null;
  if (annexes && block.style.kind !== 'listItem') {
    return { kind: 'marked', section: 'annexes', ...(annexes[1] ? { runs: afterPrefix(block, /^[^:]*:\s*/) } : {}), block };
  }
  if (isHeaderLine(NEXT_MEETINGS_HEADER, text) && block.style.kind !== 'listItem') {
    const headerOnly = text.length <= 60 && !/\d/.test(text);
    return { kind: 'marked', section: 'nextMeetings', ...(headerOnly ? {} : { runs: block.runs }), block };
  }
  const numbered = numberedHeadingTitle(text);
  if (numbered && isHeadingTitle(numbered) && block.style.kind !== 'listItem') {
    return { kind: 'section', title: headingText(restoreCase(numbered, context.vocabulary)), numbered: true, block };
  }
  if (context.arabicHeadings.has(index)) {
    return { kind: 'section', title: headingText(restoreCase(withoutHeadingNumber(text), context.vocabulary)), numbered: true, block };
  }
  const sub = subHeadingTitle(text);
  if (sub && isHeadingTitle(sub) && block.style.kind !== 'listItem') {
    return { kind: 'subsection', title: headingText(restoreCase(sub, context.vocabulary)), block };
  }

  const inline = INLINE_LABEL.exec(text);
  const inlineLabel = inline && parseSpeakerLabel(inline[1] ?? '', context.directory);
  const trusted = inlineLabel && ((STRONG.has(inlineLabel.evidence) && !isLoneCommonWord(inlineLabel)) || startsBold(block, inline?.[1] ?? ''));
  if (inline && inlineLabel && trusted && (block.style.kind !== 'listItem' || inlineLabel.evidence === 'participant')) {
    return { kind: 'speaker', label: inlineLabel, rest: runsFrom(block.runs, inline[0].length), block };
  }
  if (block.style.kind === 'listItem') return { kind: 'listItem', ordered: block.style.ordered, number: block.style.number, runs: block.runs, block };

  if (isAllCaps(text) && text.length <= 150 && /\s/.test(text) && !/[.!?]$/.test(text)) {
    const restored = restoreCase(text, context.vocabulary);
    const label = parseSpeakerLabel(restored, context.directory);
    if (label && STRONG.has(label.evidence) && label.evidence !== 'keyword') return { kind: 'speaker', label, block };
    return { kind: context.numberedSections ? 'subsection' : 'section', title: headingText(restored), block };
  }
  if (isTitleLike(block)) return labelOrTopic(block, text, context);
  return { kind: 'paragraph', runs: block.runs, block };
}
