import { frenchLongDate } from '../export/frenchDate';
import { measureRefLabel } from '../schema/measureRef';
import { markedSectionTitles, type MarkedSectionKind } from '../schema/markedSection';

type JsonNode = { type: string; text?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

export interface MeasureMention {
  plan: string;
  number: number;
  item: string;
}

/** A unit of comparison: one speaker turn, one À suivre box, one heading, one paragraph… */
export interface DocumentBlock {
  /** Stable id when the node has one (speaker turns, À suivre boxes). */
  id: string | null;
  type: string;
  /** What the block is, for a list of changes: « Tour de parole — Hors la Rue (Martina Andreeva) ». */
  label: string;
  /** Attributes and text as one string, so attribute changes show as changes too. */
  text: string;
  measures: MeasureMention[];
}

const inlineText = (node: JsonNode, measures: MeasureMention[]): string => {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'measureRef') {
    const mention = { plan: String(node.attrs?.plan ?? ''), number: Number(node.attrs?.number ?? 0), item: String(node.attrs?.item ?? '') };
    measures.push(mention);
    return measureRefLabel(mention);
  }
  const children = (node.content ?? []).map((child) => inlineText(child, measures));
  return children.join(['paragraph', 'heading'].includes(node.type) ? '' : '\n');
};

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

function describe(node: JsonNode, text: string): { label: string; header: string } {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'speakerTurn': {
      const who = String(attrs.organisation || attrs.role || 'sans organisation');
      const person = attrs.person ? ` (${String(attrs.person)})` : '';
      return { label: `Tour de parole — ${who}${person}`, header: `${who}${person}${attrs.role && attrs.organisation ? `, ${String(attrs.role)}` : ''}` };
    }
    case 'actionItem': {
      const owners = Array.isArray(attrs.owners) ? (attrs.owners as string[]) : [];
      // A due day reads in French in a diff, never as `AAAA-MM-JJ`; a due in words stays as written.
      const due = String(attrs.due ?? '');
      const parts = [owners.join(', '), due ? `échéance ${frenchLongDate(due) ?? due}` : '', attrs.status === 'done' ? 'fait' : ''];
      return { label: `À suivre${owners.length ? ` — ${owners.join(', ')}` : ''}`, header: `[${parts.filter(Boolean).join(' · ')}]` };
    }
    case 'heading':
      return { label: attrs.level === 2 ? `Section « ${shorten(text)} »` : `Sous-titre « ${shorten(text)} »`, header: '' };
    case 'bulletList':
    case 'orderedList':
      return { label: `Liste « ${shorten(text.split('\n')[0] ?? '')} »`, header: '' };
    default:
      return { label: `Paragraphe « ${shorten(text)} »`, header: '' };
  }
}

/** Flattens a ProseMirror JSON document into the blocks a diff compares. */
export function documentBlocks(doc: { type?: string; content?: unknown }): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const visit = (node: JsonNode, prefix: string) => {
    if (node.type === 'markedSection') {
      const title = markedSectionTitles[node.attrs?.kind as MarkedSectionKind] ?? 'Section';
      for (const child of node.content ?? []) visit(child, `${title} — `);
      return;
    }
    const measures: MeasureMention[] = [];
    const body = inlineText(node, measures);
    const { label, header } = describe(node, body);
    blocks.push({
      id: typeof node.attrs?.id === 'string' ? node.attrs.id : null,
      type: node.type,
      label: `${prefix}${label}`,
      text: header ? `${header}\n${body}` : body,
      measures,
    });
  };
  for (const node of (doc.content ?? []) as JsonNode[]) visit(node, '');
  return blocks;
}
