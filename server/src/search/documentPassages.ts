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

const attr = (node: Node, name: string): string => {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
};

/** The text of a node, its blocks separated by a space so words never run together. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'measureRef') return ` ${measureRefLabel(node.attrs as unknown as MeasureRefAttributes)} `;
  if (node.type === 'hardBreak') return ' ';
  const parts = (node.content ?? []).map(textOf);
  return node.content?.some((child) => child.type === 'text') ? parts.join('') : parts.join(' ');
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * What the search index holds for a document (SPEC Q6): the title, the participants,
 * each speaker turn, each « À suivre » box, each heading and each other paragraph, with
 * the section it is in. Reads through the schema readers: a body that does not read
 * throws, and the caller keeps the previous passages.
 */
export function documentPassages(doc: Y.Doc): Passage[] {
  const meta = readMeta(doc);
  const passages: Passage[] = [];
  const push = (passage: Omit<Passage, 'text'>, text: string) => {
    const cleaned = clean(text);
    if (cleaned) passages.push({ ...passage, text: cleaned });
  };
  const none = { blockId: null, section: null, organisation: null, person: null };
  push({ kind: 'title', ...none }, meta.title);
  const participants = readParticipants(doc).map(
    (p) => `${p.organisation}${p.people.length > 0 ? ` : ${p.people.join(', ')}` : ''} (${attendanceLabels[p.attendance]})`,
  );
  push({ kind: 'participants', ...none }, participants.join(' ; '));

  let section: string | null = null;
  const walk = (node: Node, topIndex: number, sectionOverride: string | null) => {
    const here = { blockId: attr(node, 'id') || `n${topIndex}`, section: sectionOverride ?? section, organisation: null, person: null };
    switch (node.type) {
      case 'heading':
        if (sectionOverride === null) section = clean(textOf(node)) || section;
        push({ kind: 'heading', ...here, section: sectionOverride ?? section }, textOf(node));
        return;
      case 'speakerTurn':
        push(
          { kind: 'speakerTurn', ...here, organisation: attr(node, 'organisation') || null, person: attr(node, 'person') || null },
          textOf(node),
        );
        return;
      case 'actionItem': {
        const owners = Array.isArray(node.attrs?.owners) ? (node.attrs.owners as unknown[]).filter((o) => typeof o === 'string') : [];
        push({ kind: 'actionItem', ...here }, [textOf(node), ...owners].join(' '));
        return;
      }
      case 'markedSection': {
        const title = markedSectionTitles[attr(node, 'kind') as MarkedSectionKind] ?? null;
        for (const child of node.content ?? []) walk(child, topIndex, title);
        return;
      }
      case 'paragraph':
        push({ kind: 'paragraph', ...here }, textOf(node));
        return;
      default:
        // Lists, quotes, tables: each block inside is a passage of its own.
        if (node.content?.some((child) => child.type === 'text')) push({ kind: 'paragraph', ...here }, textOf(node));
        else for (const child of node.content ?? []) walk(child, topIndex, sectionOverride);
    }
  };
  const body = readBodyContent(doc) as Node;
  (body.content ?? []).forEach((node, index) => walk(node, index, null));
  return passages;
}
