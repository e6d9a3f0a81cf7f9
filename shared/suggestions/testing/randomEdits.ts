import type { Node as PMNode } from '@tiptap/pm/model';
import { Slice } from '@tiptap/pm/model';
import { joinBackward, joinForward, splitBlock } from '@tiptap/pm/commands';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { paragraph, text } from './suggestionDocuments';

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Textblock {
  pos: number;
  node: PMNode;
}

function textblocks(doc: PMNode): Textblock[] {
  const found: Textblock[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) found.push({ pos, node });
    return !node.isTextblock;
  });
  return found;
}

/** Whether [from, to] lies in top-level textblocks only: there a join is exactly ProseMirror's. */
function onlyTopLevelTextblocks(doc: PMNode, from: number, to: number): boolean {
  let only = true;
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isBlock && (!node.isTextblock || doc.resolve(pos).depth !== 0)) only = false;
    return false;
  });
  return only;
}

/** Whether every inline node in [from, to] is text. */
function onlyText(doc: PMNode, from: number, to: number): boolean {
  let only = true;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline && !node.isText) only = false;
    return only;
  });
  return only;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const positionIn = (random: () => number, block: Textblock): number =>
  block.pos + 1 + Math.floor(random() * (block.node.content.size + 1));

/** One named user edit: the transaction a user's key press, paste or command would produce. */
export interface RandomEdit {
  name: string;
  /** Whether accepting its suggestions must give exactly the plain edit's document. */
  acceptsToPlain: boolean;
  /** Whether it always adds something (typing, pasting, Enter): never refused, never a no-op. */
  adds?: boolean;
  /** The state the user made the edit in (with the caret or selection it needed). */
  state: EditorState;
  tr: Transaction;
}

const runCommand = (state: EditorState, command: typeof splitBlock): Transaction | null => {
  let dispatched: Transaction | null = null;
  command(state, (tr) => (dispatched = tr));
  if (dispatched) startStates.set(dispatched, state);
  return dispatched;
};

const WORDS = ['Collectif ', 'AFJ', ' la mesure 22', '« traite »', ' ', 'é'];

/** A random edit on `state`, chosen among what people do while reviewing minutes. */
export function randomEdit(state: EditorState, random: () => number): RandomEdit | null {
  const edit = randomTransaction(state, random);
  return edit && { ...edit, state: stateOf(edit.tr, state) };
}

/** The state a transaction was made from: its first document, with the selection it started with. */
const startStates = new WeakMap<Transaction, EditorState>();
const stateOf = (tr: Transaction, fallback: EditorState): EditorState => startStates.get(tr) ?? fallback;

function randomTransaction(state: EditorState, random: () => number): Omit<RandomEdit, 'state'> | null {
  const blocks = textblocks(state.doc);
  const block = pick(random, blocks);
  const at = positionIn(random, block);
  const startingFrom = (start: EditorState): Transaction => {
    const tr = start.tr;
    startStates.set(tr, start);
    return tr;
  };
  const caret = (pos: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  const schema = state.doc.type.schema;
  switch (Math.floor(random() * 11)) {
    case 0:
      return { name: `type at ${at}`, acceptsToPlain: true, adds: true, tr: startingFrom(caret(at)).insertText(pick(random, WORDS)) };
    case 1: {
      const to = Math.min(block.pos + 1 + block.node.content.size, at + 1 + Math.floor(random() * 12));
      return to > at ? { name: `delete ${at}-${to}`, acceptsToPlain: true, tr: state.tr.delete(at, to) } : null;
    }
    case 2: {
      const other = pick(random, blocks);
      const [from, to] = [at, positionIn(random, other)].sort((a, b) => a - b) as [number, number];
      if (from === to) return null;
      const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
      return {
        name: `delete across ${from}-${to}`,
        acceptsToPlain: onlyTopLevelTextblocks(state.doc, from, to),
        tr: startingFrom(selected).deleteSelection(),
      };
    }
    case 3: {
      const split = runCommand(caret(at), splitBlock);
      return split && { name: `split at ${at}`, acceptsToPlain: true, adds: true, tr: split };
    }
    case 4: {
      const start = block.pos + 1;
      const $start = state.doc.resolve(block.pos);
      const siblingParagraph = $start.nodeBefore?.isTextblock === true;
      const backward = random() < 0.5;
      const command = backward ? joinBackward : joinForward;
      const pos = backward ? start : block.pos + 1 + block.node.content.size;
      const joined = runCommand(caret(pos), command);
      const nextIsTextblock = state.doc.resolve(block.pos + block.node.nodeSize).nodeAfter?.isTextblock === true;
      return (
        joined && {
          name: `${backward ? 'Backspace' : 'Delete'} at block edge ${pos}`,
          acceptsToPlain: backward ? siblingParagraph : nextIsTextblock,
          tr: joined,
        }
      );
    }
    case 5: {
      const pasted = schema.nodeFromJSON({ type: 'doc', content: [paragraph(text('un')), paragraph(text('deux'))] });
      return { name: `paste at ${at}`, acceptsToPlain: true, adds: true, tr: startingFrom(caret(at)).replaceSelection(new Slice(pasted.content, 1, 1)) };
    }
    case 6: {
      const turns: number[] = [];
      state.doc.descendants((node, pos) => {
        if (node.type.name === 'speakerTurn' || node.type.name === 'actionItem') turns.push(pos);
        return node.type.name !== 'speakerTurn' && node.type.name !== 'actionItem';
      });
      if (turns.length === 0) return null;
      const pos = pick(random, turns);
      const node = state.doc.nodeAt(pos)!;
      const tr =
        node.type.name === 'speakerTurn'
          ? state.tr.setNodeAttribute(pos, 'organisation', pick(random, ['AFJ', 'CCEM', 'Hors la Rue']))
          : state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, status: node.attrs.status === 'open' ? 'done' : 'open' });
      return { name: `attributes of block at ${pos}`, acceptsToPlain: true, tr };
    }
    case 7: {
      const $at = state.doc.resolve(block.pos);
      const boundary = random() < 0.5 ? block.pos : block.pos + block.node.nodeSize;
      if (!$at.parent.type.contentMatch.matchType(schema.nodes.speakerTurn!) && $at.depth > 0) return null;
      const turn = schema.nodeFromJSON({ type: 'speakerTurn', attrs: { id: 'new', organisation: 'CCEM' }, content: [paragraph(text('Dit.'))] });
      return { name: `insert turn at ${boundary}`, acceptsToPlain: true, adds: true, tr: state.tr.insert(boundary, turn) };
    }
    case 8: {
      const tr = state.tr.setBlockType(block.pos + 1, block.pos + 1, schema.nodes.heading!, { level: 3 });
      return tr.docChanged ? { name: `heading at ${block.pos}`, acceptsToPlain: true, tr } : null;
    }
    case 9: {
      const other = pick(random, blocks);
      const [from, to] = [at, positionIn(random, other)].sort((a, b) => a - b) as [number, number];
      const mark = schema.marks[pick(random, ['bold', 'italic'])]!.create();
      const adding = random() < 0.6;
      const tr = adding ? state.tr.addMark(from, to, mark) : state.tr.removeMark(from, to, mark);
      // Suggestion mode formats text only: on a measure reference the plain edit would differ.
      return tr.docChanged ? { name: `${adding ? 'add' : 'remove'} ${mark.type.name} ${from}-${to}`, acceptsToPlain: onlyText(state.doc, from, to), tr } : null;
    }
    default: {
      const to = Math.min(block.pos + 1 + block.node.content.size, at + 5);
      const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at, to)));
      const tr = startingFrom(selected).insertText(pick(random, WORDS));
      return { name: `replace ${at}-${to}`, acceptsToPlain: true, adds: true, tr };
    }
  }
}
