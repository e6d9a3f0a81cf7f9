import type * as Y from 'yjs';
import type { PassageKind } from '../../../shared/api/search';
import { readMeta } from '../../../shared/model/meta';
import { attendanceLabels, readParticipants } from '../../../shared/model/participants';
import { type ProseMirrorJSON, readBodyContent } from '../../../shared/schema/bodyContent';
import { type MarkedSectionKind, markedSectionTitles } from '../../../shared/schema/markedSection';
import { type MeasureRefAttributes, measureRefLabel } from '../../../shared/schema/measureRef';

/** One searchable piece of a compte-rendu. */
export interface Passage {
  kind: PassageKind;
  /**
   * Where it is: the block's own id (speaker turns, « À suivre » boxes), else `n<index>`,
   * the index of the top-level block that holds it; null for the title and participants.
   */
  blockId: string | null;
  section: string | null;
  organisation: string | null;
  person: string | null;
  text: string;
}

type Node = ProseMirrorJSON & { attrs?: Record<string, unknown>; content?: Node[]; text?: string };
/** A block of the body as ProseMirror JSON. */
export type PassageNode = Node;

const attr = (node: Node, name: string): string => {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
};

/** The text of a node, its blocks separated by a space so words never run together. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'measureRef') return ` ${measureRefLabel(node.attrs as unknown as MeasureRefAttributes)} `;
  if (node.type === 'hardBreak') return ' ';
  // An annex (M12) is an atom: its one-line label is all the text it shows.
  if (node.type === 'annex') return attr(node, 'label');
  const parts = (node.content ?? []).map(textOf);
  return node.content?.some((child) => child.type === 'text') ? parts.join('') : parts.join(' ');
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where a block is, as a passage says it: everything but its text. */
export type PassagePlace = Omit<Passage, 'text'>;

/**
 * Walks the body as the search index cuts it into passages, handing each block with its
 * place (block id, section, speaker): the measure index (SPEC X1) cites the same places,
 * so a link to either opens the editor at the same block.
 */
export function forEachPassageBlock(doc: Y.Doc, visit: (place: PassagePlace, node: PassageNode) => void): void {
  let section: string | null = null;
  const walk = (node: Node, topIndex: number, sectionOverride: string | null) => {
    const here = { blockId: attr(node, 'id') || `n${topIndex}`, section: sectionOverride ?? section, organisation: null, person: null };
    switch (node.type) {
      case 'heading':
        if (sectionOverride === null) section = clean(textOf(node)) || section;
        visit({ kind: 'heading', ...here, section: sectionOverride ?? section }, node);
        return;
      case 'speakerTurn':
        visit({ kind: 'speakerTurn', ...here, organisation: attr(node, 'organisation') || null, person: attr(node, 'person') || null }, node);
        return;
      case 'actionItem':
        visit({ kind: 'actionItem', ...here }, node);
        return;
      case 'markedSection': {
        const title = markedSectionTitles[attr(node, 'kind') as MarkedSectionKind] ?? null;
        for (const child of node.content ?? []) walk(child, topIndex, title);
        return;
      }
      case 'paragraph':
      case 'annex':
        visit({ kind: 'paragraph', ...here }, node);
        return;
      default:
        // Lists, quotes, tables: each block inside is a passage of its own.
        if (node.content?.some((child) => child.type === 'text')) visit({ kind: 'paragraph', ...here }, node);
        else for (const child of node.content ?? []) walk(child, topIndex, sectionOverride);
    }
  };
  const body = readBodyContent(doc) as Node;
  (body.content ?? []).forEach((node, index) => walk(node, index, null));
}

/**
 * What the search index holds for a document (SPEC Q6): the title, the participants,
 * each speaker turn, each « À suivre » box, each heading, each other paragraph and each
 * annex's label, with the section it is in (« Annexes », « Prochaines réunions » included).
 * Reads through the schema readers: a body that does not read throws, and the caller keeps
 * the previous passages.
 */
export function documentPassages(doc: Y.Doc): Passage[] {
  const meta = readMeta(doc);
  const passages: Passage[] = [];
  const push = (passage: PassagePlace, text: string) => {
    const cleaned = clean(text);
    if (cleaned) passages.push({ ...passage, text: cleaned });
  };
  const none = { blockId: null, section: null, organisation: null, person: null };
  push({ kind: 'title', ...none }, meta.title);
  const participants = readParticipants(doc).map(
    (p) => `${p.organisation}${p.people.length > 0 ? ` : ${p.people.join(', ')}` : ''} (${attendanceLabels[p.attendance]})`,
  );
  push({ kind: 'participants', ...none }, participants.join(' ; '));
  forEachPassageBlock(doc, (place, node) => {
    if (place.kind !== 'actionItem') return push(place, textOf(node));
    const owners = Array.isArray(node.attrs?.owners) ? (node.attrs.owners as unknown[]).filter((o) => typeof o === 'string') : [];
    push(place, [textOf(node), ...owners].join(' '));
  });
  return passages;
}
