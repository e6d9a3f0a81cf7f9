import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import * as Y from 'yjs';

// Yjs types its root types by their event type; the guard only compares identities.
type AnyType = Y.AbstractType<any>;
import { checkedBody, readBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { baseDocument } from '../../../shared/suggestions/baseDocument';
import { collectSuggestions } from '../../../shared/suggestions/collectSuggestions';
import { blockSuggestionOf, suggestionMarkAttrs, suggestionMarkOf } from '../../../shared/suggestions/suggestion';

/** What the guard compares before and after an update. */
interface Reading {
  /** The text with every suggestion rejected and without comment anchors. */
  base: PMNode;
  /** Per suggestion id: what it says (to tell a changed one) and the user ids it names. */
  suggestions: Map<string, { signature: string; userIds: Set<string> }>;
}

/** Why an update was refused, in English for the log. */
export type Refusal =
  | 'outside the body'
  | 'missing dependencies'
  | 'unreadable body'
  | 'changes the text'
  | 'names another user'
  | "changes another user's suggestion";

/**
 * Checks the updates of suggestion-only connections (R21) against a copy of the room's
 * document. The room keeps only encoded updates, so the copy is a Y.Doc built on the
 * first check, from the stored state, and kept in step with every stored update; the
 * relay drops the guard when no suggestion-only connection is left.
 *
 * An update is admitted when, applied to the copy, it changes nothing but the body, the
 * body with every suggestion rejected (`baseDocument`, comment anchors aside) is the
 * same as before, and every suggestion it adds or changes names only its sender, while
 * the suggestions of others stay as they were. A refused update has already been applied
 * to the copy, so the copy is dropped and built again from the stored state.
 */
export class SuggestionGuard {
  private doc: Y.Doc | undefined;
  private body: Y.XmlFragment | undefined;
  /** The reading of the copy as it is now; undefined once something changed it. */
  private current: Reading | undefined;

  constructor(
    private readonly storedState: () => Uint8Array,
    private readonly onRefusal: (userId: string, refusal: Refusal) => void,
  ) {}

  /** Applies an update the room stored, so the copy stays in step with the room. */
  follow(update: Uint8Array): void {
    if (!this.doc) return;
    if (applyAndWatch(this.doc, update).changed) this.current = undefined;
  }

  /** Whether `userId` may send `update`; if so, the copy now includes it. */
  admits(userId: string, update: Uint8Array): boolean {
    const refusal = this.evaluate(userId, update);
    if (!refusal) return true;
    this.drop();
    this.onRefusal(userId, refusal);
    return false;
  }

  private evaluate(userId: string, update: Uint8Array): Refusal | undefined {
    const { doc, body } = this.copy();
    let before: Reading;
    try {
      before = this.current ?? read(doc);
    } catch {
      return 'unreadable body';
    }
    const pendingBefore = pendingOf(doc);
    const { roots } = applyAndWatch(doc, update);
    if ([...roots].some((root) => root !== body)) return 'outside the body';
    // An update that cannot be applied whole would be judged on half of itself.
    if (pendingOf(doc).some((pending, i) => pending !== null && pending !== pendingBefore[i])) return 'missing dependencies';
    let after: Reading;
    try {
      after = read(doc);
    } catch {
      return 'unreadable body';
    }
    if (!after.base.eq(before.base)) return 'changes the text';
    for (const [id, now] of after.suggestions) {
      if (before.suggestions.get(id)?.signature === now.signature) continue;
      if ([...now.userIds].some((other) => other !== userId)) return 'names another user';
    }
    for (const [id, was] of before.suggestions) {
      const isOwn = [...was.userIds].every((other) => other === userId);
      if (!isOwn && after.suggestions.get(id)?.signature !== was.signature) return "changes another user's suggestion";
    }
    this.current = after;
    return undefined;
  }

  private copy(): { doc: Y.Doc; body: Y.XmlFragment } {
    if (!this.doc || !this.body) {
      const doc = new Y.Doc({ gc: false });
      // Defined before the state is applied, so the root keeps this very instance.
      this.body = doc.getXmlFragment(BODY_FRAGMENT);
      Y.applyUpdate(doc, this.storedState());
      this.doc = doc;
      this.current = undefined;
    }
    return { doc: this.doc, body: this.body };
  }

  private drop(): void {
    this.doc?.destroy();
    this.doc = undefined;
    this.body = undefined;
    this.current = undefined;
  }

  /** Frees the copy; the guard builds it again if it is used after. */
  destroy(): void {
    this.drop();
  }
}

/** Applies `update`; tells whether it changed anything, and which root types it touched. */
function applyAndWatch(doc: Y.Doc, update: Uint8Array): { changed: boolean; roots: Set<AnyType> } {
  const roots = new Set<AnyType>();
  let changed = false;
  const watch = (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) roots.add(rootOf(type));
    changed ||= transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0;
  };
  doc.on('afterTransaction', watch);
  try {
    Y.applyUpdate(doc, update);
  } finally {
    doc.off('afterTransaction', watch);
  }
  return { changed, roots };
}

function rootOf(type: AnyType): AnyType {
  let root = type;
  while (root._item) root = root._item.parent as AnyType;
  return root;
}

/** Yjs keeps what it cannot integrate yet aside; a new or grown pending part shows here. */
function pendingOf(doc: Y.Doc): Array<Uint8Array | null> {
  return [doc.store.pendingStructs?.update ?? null, doc.store.pendingDs];
}

function read(doc: Y.Doc): Reading {
  const body = checkedBody(readBodyContent(doc));
  return { base: withoutComments(baseDocument(body)), suggestions: suggestionsOf(body) };
}

/** Comment anchors are not text: members add and remove them while suggesting. */
function withoutComments(doc: PMNode): PMNode {
  const comment = doc.type.schema.marks.comment;
  return comment ? new Transform(doc).removeMark(0, doc.content.size, comment).doc : doc;
}

function suggestionsOf(doc: PMNode): Reading['suggestions'] {
  // collectSuggestions merges an id's parts under its first author: every part's user id counts.
  const userIds = new Map<string, Set<string>>();
  const note = (id: string, userId: unknown) => {
    const ids = userIds.get(id) ?? new Set<string>();
    ids.add(typeof userId === 'string' ? userId : '');
    userIds.set(id, ids);
  };
  doc.descendants((node) => {
    const block = blockSuggestionOf(node);
    if (block) note(block.id, block.userId);
    const mark = node.isInline ? suggestionMarkOf(node) : undefined;
    if (mark) note(suggestionMarkAttrs(mark).id, suggestionMarkAttrs(mark).userId);
    return !node.isInline;
  });
  const byId: Reading['suggestions'] = new Map();
  for (const { from: _from, to: _to, ...suggestion } of collectSuggestions(doc)) {
    const ids = userIds.get(suggestion.id) ?? new Set<string>();
    byId.set(suggestion.id, { signature: JSON.stringify([suggestion, [...ids].sort()]), userIds: ids });
  }
  return byId;
}
