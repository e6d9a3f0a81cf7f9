import type { Page } from 'playwright-core';

/**
 * Puts the browser's selection on `text` in the document (collapsed after `caretAfter` characters if given).
 * The words are looked for in each paragraph's text as it reads: a colleague's caret, drawn as
 * a widget inside the words, splits them into several text nodes and holds a label of its own,
 * and it may be there or not depending on when the colleague's last move arrived.
 *
 * Returns once the editor has taken the selection and nothing pending has moved it since: the
 * editor also writes its own selection into the page, in the next animation frame after it
 * gets the focus back (Tiptap's `focus` command, run when the comment form closes, and
 * ProseMirror's focus handler). When that lands between our selection and the editor reading
 * it, the editor keeps its former selection; the words are then selected again.
 */
export async function selectInDocument(page: Page, text: string, caretAfter?: number): Promise<void> {
  // Focus then a DOM selection, as the keyboard would leave them: a mouse click would race
  // with the editor's own handling of the click.
  await page.evaluate(
    async ([wanted, caret]) => {
      const body = document.querySelector<HTMLElement>('.document-body');
      if (!body) throw new Error('no document body');
      const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

      /** The paragraph holding `wanted`, its text nodes (carets left out) and where `wanted` starts in them. */
      const find = () => {
        for (const block of body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')) {
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement?.closest('.collaboration-carets__caret')) nodes.push(node as Text);
          }
          const index = nodes.map((node) => node.data).join('').indexOf(wanted);
          if (index >= 0) return { block, nodes, index };
        }
        throw new Error(`text not found: ${wanted}`);
      };

      /** How many characters of the paragraph's text (carets left out) come before a DOM point. */
      const characterOffset = (block: Element, nodes: Text[], node: Node, offset: number): number | null => {
        if (!block.contains(node)) return null;
        const before = document.createRange();
        before.setStart(block, 0);
        before.setEnd(node, offset);
        let count = 0;
        for (const text of nodes) {
          if (!before.intersectsNode(text)) continue;
          const start = text === before.startContainer ? before.startOffset : 0;
          const end = text === before.endContainer ? before.endOffset : text.data.length;
          count += Math.max(0, end - start);
        }
        return count;
      };

      body.focus();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        // What the page already scheduled for the next frame (the editor putting its own
        // selection back with the focus) runs before the words are selected.
        await nextFrame();
        const { block, nodes, index } = find();
        const [from, to] = [index + (caret ?? 0), index + (caret ?? wanted.length)];
        // The text node holding the character at `position`, or ending there for a range's end
        // (and for a caret at the very end of the paragraph).
        const locate = (position: number, isEnd: boolean): [Text, number] => {
          let start = 0;
          for (const [i, node] of nodes.entries()) {
            const end = start + node.data.length;
            const atEnd = position === end && (isEnd || i === nodes.length - 1);
            if (position < end || atEnd) return [node, position - start];
            start = end;
          }
          throw new Error(`position ${position} is past the paragraph`);
        };
        const range = document.createRange();
        range.setStart(...locate(from, false));
        range.setEnd(...locate(to, caret === null));
        // The editor reads the selection on `selectionchange`, a task of its own: keys typed
        // before it would land where the caret was.
        const seen = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        await seen;
        // Whatever was still pending has run: the selection reads as asked, or it was moved
        // before the editor read it (the editor may write the same place with other DOM nodes).
        await nextFrame();
        const now = window.getSelection();
        if (!now?.anchorNode || !now.focusNode) continue;
        const ends = [characterOffset(block, nodes, now.anchorNode, now.anchorOffset), characterOffset(block, nodes, now.focusNode, now.focusOffset)];
        if (ends.includes(null)) continue;
        const [start, end] = (ends as number[]).sort((a, b) => a - b);
        if (start === from && end === to) return;
      }
      throw new Error(`the selection on « ${wanted} » did not hold: something kept moving it`);
    },
    [text, caretAfter ?? null] as const,
  );
}
