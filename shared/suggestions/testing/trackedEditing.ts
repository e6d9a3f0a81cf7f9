import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import type { SuggestionAuthor } from '../../schema/suggestionAuthor';
import { trackTransaction } from '../trackTransaction';
import { HELENE } from './suggestionDocuments';

/** Suggestion ids s1, s2… in order, so that tests can name them. */
export function sequentialIds(prefix = 's'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

export function stateAt(doc: PMNode, anchor: number, head = anchor): EditorState {
  return EditorState.create({ doc, selection: TextSelection.create(doc, anchor, head) });
}

/** Position of the start of the first occurrence of `needle` in the document text. */
export function positionOf(doc: PMNode, needle: string, occurrence = 0): number {
  let seen = 0;
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    let from = node.text!.indexOf(needle);
    while (from >= 0) {
      if (seen++ === occurrence) {
        found = pos + from;
        return false;
      }
      from = node.text!.indexOf(needle, from + 1);
    }
    return false;
  });
  if (found < 0) throw new Error(`« ${needle} » not in the document`);
  return found;
}

/** An editor session in suggestion mode: each edit goes through `trackTransaction`. */
export class SuggestingSession {
  constructor(
    public state: EditorState,
    readonly author: SuggestionAuthor = HELENE,
    readonly newId: () => string = sequentialIds(),
  ) {}

  get doc(): PMNode {
    return this.state.doc;
  }

  /** Tracks and applies `tr`; returns whether it was turned into suggestions. */
  apply(tr: Transaction): boolean {
    const tracked = trackTransaction(this.state, tr, this.author, this.newId);
    this.state = this.state.apply(tracked ?? tr);
    return tracked !== undefined;
  }

  run(command: Command): boolean {
    let dispatched: Transaction | undefined;
    const handled = command(this.state, (tr) => (dispatched = tr));
    if (dispatched) this.apply(dispatched);
    return handled;
  }

  select(anchor: number, head = anchor): this {
    this.state = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.doc, anchor, head)));
    return this;
  }

  type(text: string): this {
    this.apply(this.state.tr.insertText(text));
    return this;
  }

  /** Backspace as the browser does it inside text: the character before the caret. */
  backspace(): this {
    const { from, to, empty } = this.state.selection;
    this.apply(this.state.tr.delete(empty ? from - 1 : from, to));
    return this;
  }

  /** Delete inside text: the character after the caret. */
  forwardDelete(): this {
    const { from, to, empty } = this.state.selection;
    this.apply(this.state.tr.delete(from, empty ? to + 1 : to));
    return this;
  }

  get caret(): number {
    return this.state.selection.head;
  }
}
