import type { ProseMirrorJSON } from '../../schema/bodyContent';
import { newBlockId } from '../../schema/blockId';
import type { MarkedSectionKind } from '../../schema/markedSection';
import type { InlineRun, SourceBlock } from '../sourceBlock';
import type { Classified } from './classify';
import { type FollowUpAttributes, followUpAttributes, stated } from './followUp';
import { type InlineContext, inlineNodes } from './inlineContent';
import type { OrganisationDirectory } from './organisations';
import type { SpeakerLabel } from './speakerLabel';
import { personNamedIn } from './speakerPerson';

/**
 * Puts classified blocks together into the document: a speaker turn holds the paragraphs
 * after its label, an « À suivre » box its text (and its items), a marked section what
 * follows its header, until the next structure closes them.
 */
export interface AssembleContext {
  directory: OrganisationDirectory;
  inline: InlineContext;
  unsure: (block: SourceBlock, reason: string) => void;
}

export interface Assembled {
  content: ProseMirrorJSON;
  /** Organisations whose turn says they were absent (« Les représentants … étaient absents »). */
  absentees: Array<{ organisation: string; attendance: 'absent' | 'excused' }>;
}

/** A paragraph to be: its runs and where it comes from (for the report). */
interface Piece {
  runs: InlineRun[];
  position: number;
}

/** The collective speaking again (« Les associations demandent … »): the speaker's turn is over. */
const COLLECTIVE_VOICES = [
  'les associations', 'le collectif', 'les membres', 'l[’\']ensemble des', 'il (?:est|a été) (?:décidé|convenu|rappelé)',
  'un (?:certain )?consensus', 'la réunion',
];
const COLLECTIVE_VOICE = new RegExp(`^(?:${COLLECTIVE_VOICES.join('|')})(?![\\p{L}])`, 'iu');

const ABSENCE = /(?<![\p{L}])(?:[ée]tai(?:en)?t|sont|est|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+(absent|excus)/iu;

const textOf = (piece: Piece) => piece.runs.map((run) => run.text).join('');
const pieceOf = (runs: InlineRun[], block: SourceBlock): Piece => ({ runs, position: block.position });
/** A list item kept inside a turn or a box, whose content can only be paragraphs. */
const dashed = (runs: InlineRun[], block: SourceBlock): Piece => pieceOf([{ text: '– ' }, ...runs], block);

class BodyBuilder {
  private readonly top: ProseMirrorJSON[] = [];
  readonly absentees: Assembled['absentees'] = [];
  private marked: { kind: MarkedSectionKind; content: ProseMirrorJSON[]; hadList: boolean } | undefined;
  private turn: { label: SpeakerLabel; pieces: Piece[]; block: SourceBlock } | undefined;
  private box:
    | { pieces: Piece[]; takesItems: boolean; container: string | undefined; stated: Partial<FollowUpAttributes>; block: SourceBlock }
    | undefined;
  private list: { ordered: boolean; start: number; pieces: Piece[] } | undefined;

  constructor(private readonly context: AssembleContext) {}

  add(item: Classified): void {
    // A framed box (a table cell, a quotation, an « À suivre » styled as such) holds whatever it frames.
    if (item.kind !== 'boundary' && item.kind !== 'followUp' && this.box?.container && item.block.container === this.box.container) {
      return this.addToBox(item.block);
    }
    switch (item.kind) {
      case 'boundary':
        return this.closeAll();
      case 'section':
      case 'subsection': {
        this.closeAll();
        // A heading may name a measure (« Choix de la thématique (mesure 5) »): its reference is kept.
        const content = inlineNodes([{ text: item.title }], item.block.position, this.context.inline);
        if (content.length > 0) this.top.push({ type: 'heading', attrs: { level: item.kind === 'section' ? 2 : 3 }, content });
        return;
      }
      case 'marked':
        return this.openMarked(item.section, item.runs, item.block);
      case 'followUp': {
        this.closeAll();
        const text = item.runs.map((run) => run.text).join('');
        this.box = {
          pieces: text ? [pieceOf(item.runs, item.block)] : [],
          // « A suivre : » alone, or ending with a colon, announces items.
          takesItems: !text || /:\s*$/.test(text),
          container: item.block.container,
          stated: item.stated ?? {},
          block: item.block,
        };
        return;
      }
      case 'speaker':
        // « A suivre : » then « - Hors la Rue : transmettre … »: items of the box, not turns.
        if (item.block.style.kind === 'listItem' && this.boxTakes(item.block)) return void this.box?.pieces.push(dashed(item.block.runs, item.block));
        // « Armée du Salut : » then the topic of its news, which names it again: one turn, the topic first.
        if (item.lead && !item.block.speakerLabel && this.turn?.pieces.length === 0) {
          return void this.turn.pieces.push(pieceOf(item.lead.map((run) => ({ ...run, bold: true })), item.block));
        }
        this.closeAll();
        this.turn = { label: item.label, pieces: [], block: item.block };
        if (item.lead) this.turn.pieces.push(pieceOf(item.lead.map((run) => ({ ...run, bold: true })), item.block));
        if (item.rest) this.turn.pieces.push(pieceOf(item.rest, item.block));
        return;
      case 'listItem':
        return this.addListItem(item.ordered, item.number, item.runs, item.block);
      case 'paragraph':
        return this.addParagraph(item.runs, item.block);
    }
  }

  finish(): ProseMirrorJSON {
    this.closeAll();
    return { type: 'doc', content: this.top.length > 0 ? this.top : [{ type: 'paragraph' }] };
  }

  /** « Responsables : … — Échéance : … — Fait » on its own line under the title (Word, ODT, HTML exports) states the attributes. */
  private addToBox(block: SourceBlock): void {
    const box = this.box;
    if (!box) return;
    const attributes = box.pieces.length === 0 && Object.keys(box.stated).length === 0 ? stated(block.text) : undefined;
    if (attributes) box.stated = attributes;
    else box.pieces.push(block.style.kind === 'listItem' ? dashed(block.runs, block) : pieceOf(block.runs, block));
  }

  private boxTakes(block: SourceBlock): boolean {
    return Boolean(this.box && (this.box.container ? this.box.container === block.container : this.box.takesItems));
  }

  private openMarked(kind: MarkedSectionKind, runs: InlineRun[] | undefined, block: SourceBlock): void {
    // « Prochaine réunion le … » inside « Prochaines réunions » is one more date, not a new section.
    if (!(this.marked?.kind === kind && runs)) {
      this.closeAll();
      this.marked = { kind, content: [], hadList: false };
    } else this.closeInner();
    const kept = runs && this.paragraph(pieceOf(runs, block));
    if (kept) this.marked?.content.push(kept);
  }

  private addListItem(ordered: boolean, number: number, runs: InlineRun[], block: SourceBlock): void {
    if (this.boxTakes(block)) return void this.box?.pieces.push(dashed(runs, block));
    this.closeBox();
    if (this.turn) return void this.turn.pieces.push(dashed(runs, block));
    if (this.list && this.list.ordered !== ordered) this.closeList();
    this.list ??= { ordered, start: number || 1, pieces: [] };
    this.list.pieces.push(pieceOf(runs, block));
  }

  private addParagraph(runs: InlineRun[], block: SourceBlock): void {
    const piece = pieceOf(runs, block);
    if (this.box?.container && this.box.container === block.container) return void this.box.pieces.push(piece);
    this.closeList();
    this.closeBox();
    // Annexes are a list: text after it is the body again.
    if (this.marked?.kind === 'annexes' && this.marked.hadList) this.closeMarked();
    if (this.turn && COLLECTIVE_VOICE.test(textOf(piece))) this.closeTurn();
    if (this.turn) return void this.turn.pieces.push(piece);
    const kept = this.paragraph(piece);
    if (kept) this.target().push(kept);
  }

  private target(): ProseMirrorJSON[] {
    return this.marked?.content ?? this.top;
  }

  private paragraph(piece: Piece): ProseMirrorJSON | undefined {
    const content = inlineNodes(piece.runs, piece.position, this.context.inline);
    return content.length > 0 ? { type: 'paragraph', content } : undefined;
  }

  private paragraphs(pieces: Piece[]): ProseMirrorJSON[] {
    return pieces.map((piece) => this.paragraph(piece)).filter((p): p is ProseMirrorJSON => p !== undefined);
  }

  private closeList(): void {
    if (!this.list) return;
    const items = this.paragraphs(this.list.pieces).map((p) => ({ type: 'listItem', content: [p] }));
    if (items.length > 0) {
      const { ordered, start } = this.list;
      this.target().push(ordered ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'bulletList', content: items });
      if (this.marked) this.marked.hadList = true;
    }
    this.list = undefined;
  }

  private closeTurn(): void {
    const turn = this.turn;
    if (!turn) return;
    this.turn = undefined;
    const content = this.paragraphs(turn.pieces);
    if (content.length === 0) {
      this.context.unsure(turn.block, 'Intitulé de tour de parole sans texte à la suite : gardé comme paragraphe.');
      const kept = this.paragraph(pieceOf(turn.block.runs, turn.block));
      if (kept) this.target().push(kept);
      return;
    }
    const { organisation, person, role } = turn.label.speaker;
    const texts = turn.pieces.map(textOf);
    const absence = ABSENCE.exec(texts.slice(0, 2).join(' '));
    if (absence && organisation) this.absentees.push({ organisation, attendance: /excus/i.test(absence[1] ?? '') ? 'excused' : 'absent' });
    const speaking = person || personNamedIn(texts, organisation, this.context.directory);
    this.target().push({ type: 'speakerTurn', attrs: { id: newBlockId(), organisation, person: speaking, role }, content });
  }

  private closeBox(): void {
    const box = this.box;
    if (!box) return;
    this.box = undefined;
    const content = this.paragraphs(box.pieces);
    if (content.length === 0) return this.context.unsure(box.block, 'Encadré « À suivre » vide : ignoré.');
    const { owners, due, status } = { ...followUpAttributes(box.pieces.map(textOf), this.context.directory), ...box.stated };
    this.target().push({ type: 'actionItem', attrs: { id: newBlockId(), owners, due, status }, content });
  }

  private closeMarked(): void {
    const marked = this.marked;
    if (marked && marked.content.length > 0) this.top.push({ type: 'markedSection', attrs: { kind: marked.kind }, content: marked.content });
    this.marked = undefined;
  }

  private closeInner(): void {
    this.closeList();
    this.closeTurn();
    this.closeBox();
  }

  private closeAll(): void {
    this.closeInner();
    this.closeMarked();
  }
}

export function assemble(items: Classified[], context: AssembleContext): Assembled {
  const builder = new BodyBuilder(context);
  for (const item of items) builder.add(item);
  return { content: builder.finish(), absentees: builder.absentees };
}
