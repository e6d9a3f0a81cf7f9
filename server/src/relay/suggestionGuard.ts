import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { checkedBody, readBodyContent } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { FORMAT_CHANGE, formatChangeAttrs, formatChangeOf } from '../../../shared/suggestions/formatChangeMark';
import { sameBaseDocument } from '../../../shared/suggestions/sameBaseDocument';
import type { SuggestionAuthor } from '../../../shared/schema/suggestionAuthor';
import { blockSuggestionOf, suggestionMarkAttrs, suggestionMarkOf } from '../../../shared/suggestions/suggestion';

// Yjs types its root types by their event type; the guard only compares identities.
type AnyType = Y.AbstractType<any>;

/** What the guard compares before and after an update. */
interface Reading {
  body: PMNode;
  /**
   * Per suggestion id: all it proposes (to tell a new or changed one), its marked words
   * with their authors (to tell that someone else's stayed the same), and every user id
   * it names.
   */
  suggestions: Map<string, { signature: string; marked: string; userIds: Set<string>; signedBy: Set<string> }>;
}

/** Why an update was refused, in English for the log. */
export type Refusal =
  | 'outside the body'
  | 'missing dependencies'
  | 'unreadable body'
  | 'changes the text'
  | 'names another user'
  | 'signed with another name'
  | "changes another user's suggestion";

/**
 * Checks the updates of suggestion-only connections (R21) against a copy of the room's
 * document. The room keeps only encoded updates, so the copy is a Y.Doc built on the
 * first check, from the stored state, and kept in step with every stored update; the
 * relay drops the guard when no suggestion-only connection is left.
 *
 * An update is admitted when, applied to the copy, it changes nothing but the body, the
 * body with every suggestion rejected (`baseDocument`, comment anchors aside) is the
 * same as before, every suggestion it adds or changes names only its sender (by user id,
 * and by the account's name and association for what it newly signs), and the
 * words others proposed or struck stay as they were. A refused update has already been
 * applied to the copy, so the copy is dropped and built again from the stored state.
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
    try {
      if (applyAndWatch(this.doc, update).changed) this.current = undefined;
    } catch {
      // The room checked the update against its own document; a copy that cannot take it is stale: build it again.
      this.drop();
    }
  }

  /** Whether `sender` may send `update`; if so, the copy now includes it. */
  admits(sender: SuggestionAuthor, update: Uint8Array): boolean {
    let refusal: Refusal | undefined;
    try {
      refusal = this.evaluate(sender, update);
    } catch (error) {
      // Half applied, the copy is no longer the room's document.
      this.drop();
      throw error;
    }
    if (!refusal) return true;
    this.drop();
    this.onRefusal(sender.userId, refusal);
    return false;
  }

  private evaluate(sender: SuggestionAuthor, update: Uint8Array): Refusal | undefined {
    const { userId } = sender;
    const { doc, body } = this.copy();
    let before: Reading;
    try {
      before = this.current ?? read(doc);
    } catch {
      return 'unreadable body';
    }
    const { roots } = applyAndWatch(doc, update);
    if ([...roots].some((root) => root !== body)) return 'outside the body';
    // An update that cannot be applied whole would be judged on half of itself.
    if (!appliedWhole(doc, update)) return 'missing dependencies';
    let after: Reading;
    try {
      after = read(doc);
    } catch {
      return 'unreadable body';
    }
    if (!sameBaseDocument(before.body, after.body)) return 'changes the text';
    const ownSignature = signatureOf(sender);
    for (const [id, now] of after.suggestions) {
      const was = before.suggestions.get(id);
      if (was?.signature === now.signature) continue;
      if ([...now.userIds].some((other) => other !== userId)) return 'names another user';
      // Parts signed before (under a former name) may stay; what is new carries the account's name.
      if ([...now.signedBy].some((signed) => signed !== ownSignature && !was?.signedBy.has(signed))) return 'signed with another name';
    }
    // The editor leaves the words others proposed or struck as they are. Their block proposals
    // may go (a deletion across someone's pending split removes it) only as the base allows.
    for (const [id, was] of before.suggestions) {
      const isOwn = [...was.userIds].every((other) => other === userId);
      if (!isOwn && was.marked !== '' && after.suggestions.get(id)?.marked !== was.marked) return "changes another user's suggestion";
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

/**
 * Whether `doc` now holds everything `update` creates and deletes: Yjs keeps aside, without
 * a word, what refers to items it does not have.
 */
function appliedWhole(doc: Y.Doc, update: Uint8Array): boolean {
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const has = (client: number, clock: number) => (state.get(client) ?? 0) >= clock;
  for (const [client, clock] of Y.parseUpdateMeta(update).to) if (!has(client, clock)) return false;
  for (const [client, deleted] of Y.decodeUpdate(update).ds.clients) {
    if (deleted.some((item) => !has(client, item.clock + item.len))) return false;
  }
  return true;
}

function read(doc: Y.Doc): Reading {
  const body = checkedBody(readBodyContent(doc));
  return { body, suggestions: suggestionsOf(body) };
}

/** The name and association a suggestion part is signed with. */
const signatureOf = ({ author, association }: { author: unknown; association: unknown }): string =>
  JSON.stringify([String(author), String(association)]);

/**
 * Per suggestion id, what it proposes: its marks' authors and kinds (with the formatting
 * a format proposal adds and removes), its words in order
 * (joined, so that someone typing or splitting a paragraph inside it leaves it the same)
 * and its block proposals; and every user id it names, part by part.
 */
function suggestionsOf(doc: PMNode): Reading['suggestions'] {
  const parts = new Map<string, { marks: Set<string>; words: string; blocks: Set<string>; userIds: Set<string>; signedBy: Set<string> }>();
  const partsOf = (id: string) => {
    let entry = parts.get(id);
    if (!entry) parts.set(id, (entry = { marks: new Set(), words: '', blocks: new Set(), userIds: new Set(), signedBy: new Set() }));
    return entry;
  };
  doc.descendants((node) => {
    const block = blockSuggestionOf(node);
    if (block) {
      const entry = partsOf(String(block.id));
      entry.blocks.add(JSON.stringify(block));
      entry.userIds.add(String(block.userId));
      entry.signedBy.add(signatureOf(block));
    }
    const mark = node.isInline ? suggestionMarkOf(node) : undefined;
    if (mark) {
      const { id, userId, author, association } = suggestionMarkAttrs(mark);
      const entry = partsOf(String(id));
      entry.marks.add(JSON.stringify([mark.type.name, userId, author, association]));
      entry.words += node.isText ? node.text : node.textContent;
      entry.userIds.add(String(userId));
      entry.signedBy.add(signatureOf({ author, association }));
    }
    const proposal = node.isInline ? formatChangeOf(node) : undefined;
    if (proposal) {
      const { id, userId, author, association, added, removed } = formatChangeAttrs(proposal);
      const entry = partsOf(String(id));
      entry.marks.add(JSON.stringify([FORMAT_CHANGE, userId, author, association, added, removed]));
      entry.words += node.isText ? node.text : node.textContent;
      entry.userIds.add(String(userId));
      entry.signedBy.add(signatureOf({ author, association }));
    }
    return !node.isInline;
  });
  const byId: Reading['suggestions'] = new Map();
  for (const [id, { marks, words, blocks, userIds, signedBy }] of parts) {
    const marked = marks.size > 0 ? JSON.stringify([[...marks].sort(), words]) : '';
    byId.set(id, { signature: JSON.stringify([marked, [...blocks].sort()]), marked, userIds, signedBy });
  }
  return byId;
}
