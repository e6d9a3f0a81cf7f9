import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect } from 'react';

/** `#bloc-<blockId>`, as search results link to a passage (client/search/searchApi.ts). */
const BLOCK_HASH = /^#bloc-(.+)$/;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Where a search result's block is: a block with that id (speaker turns, « À suivre »
 * boxes), else `n<index>`, the index-th top-level block (server/src/search/documentPassages.ts).
 */
export function blockPosition(doc: PMNode, blockId: string): number | undefined {
  let found: number | undefined;
  doc.descendants((node, pos) => {
    if (found !== undefined) return false;
    if (node.attrs.id === blockId) found = pos;
    return found === undefined;
  });
  if (found !== undefined) return found;
  const index = /^n(\d+)$/.exec(blockId)?.[1];
  if (index === undefined || Number(index) >= doc.childCount) return undefined;
  let pos = 0;
  for (let child = 0; child < Number(index); child++) pos += doc.child(child).nodeSize;
  return pos;
}

/** Scrolls to the block and puts the focus there: the caret at its start when editing, the block itself when reading. */
function scrollToBlock(editor: Editor, pos: number): boolean {
  const block = editor.view.nodeDOM(pos);
  if (!(block instanceof HTMLElement)) return false;
  if (editor.isEditable) {
    const selection = TextSelection.near(editor.state.doc.resolve(pos + 1));
    editor.view.dispatch(editor.state.tr.setSelection(selection));
    editor.view.focus();
  } else {
    block.tabIndex = -1;
    block.focus({ preventScroll: true });
  }
  block.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  return true;
}

/**
 * Once the document has arrived, goes to the block the address names (`#bloc-…`), as a
 * search result asks. Waits for the block if the content is still being laid out.
 */
export function useScrollToBlock(editor: Editor, loaded: boolean): void {
  useEffect(() => {
    const blockId = BLOCK_HASH.exec(window.location.hash)?.[1];
    if (!loaded || blockId === undefined) return;
    const target = decodeURIComponent(blockId);
    const attempt = () => {
      const pos = blockPosition(editor.state.doc, target);
      if (pos === undefined || !scrollToBlock(editor, pos)) return false;
      editor.off('update', onUpdate);
      return true;
    };
    const onUpdate = () => void attempt();
    if (!attempt()) editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor, loaded]);
}
