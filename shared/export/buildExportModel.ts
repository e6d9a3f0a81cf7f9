import type { Plan } from '../api/plans';
import { validationStatement } from '../api/review';
import { type Attendance, type Participant, attendanceLabels } from '../model/participants';
import { SECTION_HEADING_LEVEL, romanNumeral } from '../model/sommaire';
import { markedSectionTitles } from '../schema/markedSection';
import { measureRefLabel } from '../schema/measureRef';
import { annexLine, annexNumbers } from './annexLines';
import { cleanInlineText, withoutForbiddenCharacters } from './cleanText';
import type { ExportInput } from './exportInput';
import type { AttendanceGroup, Block, ExportDocument, Inline, SpeakerLabel, TextInline } from './exportModel';
import { plainText } from './exportModel';
import { commentNotesByNode } from './commentNotes';
import { applyProfile } from './exportProfile';
import { frenchLongDate } from './frenchDate';
import { frenchTypography } from './frenchTypography';
import { safeHref } from './safeHref';
import { typesetBlocks } from './typesetExportModel';
import { withoutSuggestions } from './withoutSuggestions';

type JsonMark = { type: string; attrs?: Record<string, unknown> };
type JsonNode = { type?: string; text?: string; attrs?: Record<string, unknown>; marks?: JsonMark[]; content?: JsonNode[] };

const str = (value: unknown): string => (typeof value === 'string' ? cleanInlineText(value).trim() : '');

/** « Coordination départementale … (Plan d’action national … 2014-2016) », by plan id and measure number. */
function measureNotes(plans: Plan[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const plan of plans) {
    for (const measure of plan.measures) {
      notes.set(`${plan.id}#${measure.number}`, `${str(measure.title)} (${str(plan.title)})`);
    }
  }
  return notes;
}

function textInline(node: JsonNode): TextInline {
  const inline: TextInline = { kind: 'text', text: cleanInlineText(node.text ?? '') };
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') inline.bold = true;
    else if (mark.type === 'italic') inline.italic = true;
    else if (mark.type === 'strike') inline.strike = true;
    else if (mark.type === 'underline') inline.underline = true;
    else if (mark.type === 'code') inline.code = true;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) inline.href = href;
    }
  }
  return inline;
}

const sameFormatting = (a: TextInline, b: TextInline): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.underline === b.underline && a.code === b.code && a.href === b.href;

function speakerOf(attrs: Record<string, unknown> = {}): SpeakerLabel | undefined {
  const [organisation, person, role] = [str(attrs.organisation), str(attrs.person), str(attrs.role)];
  const name = organisation || role || person;
  if (!name) return undefined;
  const detail = [person, role].filter((part) => part && part !== name).join(', ');
  return detail ? { name, detail } : { name };
}

/** « Responsables : Hors la Rue, CCEM — Échéance : 31 janvier 2014 — Fait » */
function actionItemDetails(attrs: Record<string, unknown> = {}): string | undefined {
  const owners = (Array.isArray(attrs.owners) ? attrs.owners : []).map(str).filter(Boolean);
  const due = str(attrs.due);
  const parts = [
    owners.length > 0 ? `${owners.length > 1 ? 'Responsables' : 'Responsable'} : ${owners.join(', ')}` : '',
    due ? `Échéance : ${frenchLongDate(due) ?? due}` : '',
    attrs.status === 'done' ? 'Fait' : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

/** The order minutes list them in: who came, who apologised, who did not come, the guests. */
const ATTENDANCE_ORDER: Attendance[] = ['present', 'excused', 'absent', 'also_present', 'unknown'];

function attendanceOf(participants: Participant[], meetingDay: string | undefined): AttendanceGroup[] {
  return ATTENDANCE_ORDER.map((attendance) => {
    const lines = participants
      .filter((participant) => participant.attendance === attendance)
      .flatMap((participant) => {
        const organisation = str(participant.organisation);
        const people = participant.people.map(str).filter(Boolean);
        return people.length > 0 ? people.map((person) => `${organisation}, ${person}`) : [organisation];
      })
      .map(frenchTypography);
    const title =
      attendance === 'present' && meetingDay ? `${attendanceLabels.present} à la réunion du ${meetingDay}` : attendanceLabels[attendance];
    return { title: frenchTypography(title), lines };
  }).filter((group) => group.lines.length > 0);
}

/**
 * Lays a compte-rendu out for the renderers, with the profile's drops applied and French
 * typography set once for every format (no-break spaces, apostrophes: see frenchTypography).
 */
export function buildExportModel(input: ExportInput): ExportDocument {
  const printed = withoutSuggestions(input.content);
  const annexes = annexNumbers(printed);
  const body = applyProfile(printed, input.drops);
  const notes = measureNotes(input.plans);
  const commentNotes = input.drops.comments ? new Map<object, string[]>() : commentNotesByNode(body, input.comments ?? []);
  let sectionsSeen = 0;

  const inlinesOf = (node: JsonNode): Inline[] => {
    const inlines: Inline[] = [];
    for (const child of node.content ?? []) {
      if (child.type === 'hardBreak') inlines.push({ kind: 'break' });
      else if (child.type === 'measureRef') {
        const number = Number(child.attrs?.number);
        const label = measureRefLabel({ number, item: str(child.attrs?.item) });
        const note = notes.get(`${String(child.attrs?.plan)}#${number}`);
        const capitalised = label.charAt(0).toUpperCase() + label.slice(1);
        inlines.push(note ? { kind: 'measure', label, note: `${capitalised} : ${note}` } : { kind: 'measure', label });
      } else if (child.type === 'text') {
        const inline = textInline(child);
        const previous = inlines.at(-1);
        if (previous?.kind === 'text' && sameFormatting(previous, inline)) previous.text += inline.text;
        else if (inline.text) inlines.push(inline);
      }
      for (const note of commentNotes.get(child) ?? []) inlines.push({ kind: 'note', note });
    }
    return inlines;
  };
  const paragraphsOf = (node: JsonNode): Inline[][] => (node.content ?? []).map(inlinesOf);
  const blocksOf = (nodes: JsonNode[] = []): Block[] => nodes.flatMap((node) => blockOf(node) ?? []);

  const blockOf = (node: JsonNode): Block | undefined => {
    switch (node.type) {
      case 'heading': {
        if (node.attrs?.level !== SECTION_HEADING_LEVEL) return { kind: 'heading', level: 3, inlines: inlinesOf(node) };
        // Numbered as sommaireOf numbers them: every section heading, in document order.
        sectionsSeen += 1;
        return { kind: 'heading', level: 2, number: romanNumeral(sectionsSeen), inlines: inlinesOf(node) };
      }
      case 'paragraph':
        return { kind: 'paragraph', inlines: inlinesOf(node) };
      case 'speakerTurn': {
        const speaker = speakerOf(node.attrs);
        return { kind: 'speakerTurn', ...(speaker ? { speaker } : {}), paragraphs: paragraphsOf(node) };
      }
      case 'actionItem': {
        const details = actionItemDetails(node.attrs);
        return { kind: 'actionItem', ...(details ? { details } : {}), paragraphs: paragraphsOf(node) };
      }
      case 'markedSection':
        return {
          kind: 'markedSection',
          title: node.attrs?.kind === 'nextMeetings' ? markedSectionTitles.nextMeetings : markedSectionTitles.annexes,
          blocks: blocksOf(node.content),
        };
      case 'bulletList':
      case 'orderedList': {
        const start = Number(node.attrs?.start ?? 1);
        return {
          kind: 'list',
          ordered: node.type === 'orderedList',
          start: Number.isInteger(start) && start >= 0 ? start : 1,
          items: (node.content ?? []).map((item) => blocksOf(item.content)),
        };
      }
      case 'blockquote':
        return { kind: 'blockquote', blocks: blocksOf(node.content) };
      case 'codeBlock': {
        const code = withoutForbiddenCharacters((node.content ?? []).map((child) => child.text ?? '').join(''));
        return { kind: 'code', lines: code.replace(/\t/g, '    ').split(/\r\n|\r|\n/) };
      }
      case 'horizontalRule':
        return { kind: 'rule' };
      case 'annex':
        return annexLine(node.attrs, annexes.get(node));
      default:
        // The schema check on every read means an unknown node cannot get here; skip rather than guess.
        return undefined;
    }
  };

  const blocks = typesetBlocks(blocksOf((body as JsonNode).content));
  const meetingDay = input.meta.meetingDate ? frenchLongDate(input.meta.meetingDate) : undefined;
  return {
    ...headerOf(input, meetingDay),
    sommaire: numberedSections(blocks),
    blocks,
    attendance: attendanceOf(input.participants, meetingDay),
  };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
export const VALIDATED_VERSION_LABEL = 'Version validée';

type Header = Omit<ExportDocument, 'sommaire' | 'blocks' | 'attendance'>;

/**
 * Title, collective, « Paris, le … », validation statement (with, in the internal version, the
 * validated version's hash: W13), signature, file properties.
 */
function headerOf({ meta, writtenOn, validation, profile }: ExportInput, meetingDay: string | undefined): Header {
  const title = str(meta.title) || 'Sans titre';
  const collective = str(meta.collective);
  const place = str(meta.place);
  const author = str(meta.author);
  const day = frenchLongDate(writtenOn ?? '') ?? meetingDay;
  const placeAndDate = day ? (place ? `${place}, le ${day}` : `Le ${day}`) : place;
  const note = str(validation?.note);
  // The whole hash, so that it can be checked against the version list (W2, W13); never outside the collective.
  const hash = profile === 'internal' && validation?.versionHash && SHA256_HEX.test(validation.versionHash) ? validation.versionHash : undefined;
  return {
    title: frenchTypography(title),
    ...(collective ? { collective: frenchTypography(collective) } : {}),
    ...(placeAndDate ? { placeAndDate: frenchTypography(placeAndDate) } : {}),
    ...(validation ? { validation: frenchTypography(`${validationStatement(validation.meetingDate)}${note ? ` — ${note}` : ''}`) } : {}),
    ...(validation && hash ? { validatedVersion: frenchTypography(`${VALIDATED_VERSION_LABEL} : sha256 ${hash}`) } : {}),
    ...(author ? { signature: frenchTypography(`Compte-rendu réalisé par ${author}${/[.!?…]$/.test(author) ? '' : '.'}`) } : {}),
    // File properties are searched and listed by other programs: they keep the words as typed.
    properties: {
      title,
      ...(collective ? { subject: collective } : {}),
      ...(author ? { author } : {}),
      ...(meta.meetingDate ? { meetingDate: meta.meetingDate } : {}),
    },
  };
}

/** The sommaire as printed: the numbered section headings, wherever they sit, in order. */
function numberedSections(blocks: Block[]): ExportDocument['sommaire'] {
  const entries: ExportDocument['sommaire'] = [];
  const visit = (block: Block) => {
    if (block.kind === 'heading' && block.number) entries.push({ number: block.number, title: plainText(block.inlines).trim() });
    else if (block.kind === 'markedSection' || block.kind === 'blockquote') block.blocks.forEach(visit);
    else if (block.kind === 'list') block.items.forEach((item) => item.forEach(visit));
  };
  blocks.forEach(visit);
  return entries;
}
