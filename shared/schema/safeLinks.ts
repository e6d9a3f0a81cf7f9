import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { isSafeLinkTarget } from './valueRules';

/** The span of the final document that `transactions` changed, or undefined if none. */
function changedRange(transactions: readonly Transaction[], doc: PMNode): { from: number; to: number } | undefined {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const transaction of transactions) {
    for (const step of transaction.steps) {
      const map = step.getMap();
      if (from <= to) {
        from = map.map(from, -1);
        to = map.map(to, 1);
      }
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        from = Math.min(from, newStart);
        to = Math.max(to, newEnd);
      });
      // Mark steps leave positions where they are: their own range says what they touched.
      const { from: stepFrom, to: stepTo } = step as unknown as { from?: unknown; to?: unknown };
      if (typeof stepFrom === 'number' && typeof stepTo === 'number') {
        from = Math.min(from, map.map(stepFrom, -1));
        to = Math.max(to, map.map(stepTo, 1));
      }
    }
  }
  if (from > to) return undefined;
  return { from: Math.max(0, from), to: Math.min(doc.content.size, to) };
}

/**
 * y-tiptap's key (`y-sync`), read by name so the schema does not depend on the binding. Its
 * transactions bring what peers wrote or what was stored: that is theirs to fix, and a reader
 * or a suggesting editor could not write the fix anyway.
 */
const fromPeers = (transaction: Transaction): boolean =>
  (transaction.getMeta('y-sync$') as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;

/**
 * Only links to the web or to a mail address stay in the document (SPEC A2), whichever way
 * they came: a command, a paste of HTML or of a bare URL, typing (autolink), a Markdown link.
 * Tiptap checks some of these paths with `isAllowedUri` and not others (autolink keeps any
 * scheme linkify knows), so every change is looked at once it is made and a link whose
 * target is not http(s) or mailto loses its link, keeping its words; the relay would refuse
 * the edit otherwise, and the editor would lose it.
 */
export const safeLinksPlugin = (): Plugin =>
  new Plugin({
    key: new PluginKey('safeLinks'),
    appendTransaction(transactions, _before, state) {
      const link = state.schema.marks.link;
      if (!link || !transactions.some((transaction) => transaction.docChanged && !fromPeers(transaction))) return null;
      const range = changedRange(transactions, state.doc);
      if (!range) return null;
      const repair = state.tr;
      state.doc.nodesBetween(range.from, range.to, (node, position) => {
        if (!node.isText) return;
        for (const mark of node.marks) {
          // The whole run: typing inside a link stored before the rule unlinks it rather than
          // splitting it (Yjs would write its old target again after the typed letters).
          if (mark.type === link && !isSafeLinkTarget(mark.attrs.href)) repair.removeMark(position, position + node.nodeSize, mark);
        }
      });
      return repair.docChanged ? repair : null;
    },
  });

export const SafeLinks = Extension.create({
  name: 'safeLinks',
  addProseMirrorPlugins: () => [safeLinksPlugin()],
});
