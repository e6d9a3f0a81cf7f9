import type { Page } from 'playwright-core';

/**
 * Puts the browser's selection on `text` in the document (collapsed after `caretAfter` characters if given).
 * The words are looked for in each paragraph's text as it reads: a colleague's caret, drawn as
 * a widget inside the words, splits them into several text nodes and holds a label of its own,
 * and it may be there or not depending on when the colleague's last move arrived.
 */
export async function selectInDocument(page: Page, text: string, caretAfter?: number): Promise<void> {
  // Focus then a DOM selection, as the keyboard would leave them: a mouse click would race
  // with the editor's own handling of the click.
  await page.evaluate(
    async ([wanted, caret]) => {
      const body = document.querySelector<HTMLElement>('.document-body');
      if (!body) throw new Error('no document body');
      body.focus();
      for (const block of body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement?.closest('.collaboration-carets__caret')) nodes.push(node as Text);
        }
        const index = nodes.map((node) => node.data).join('').indexOf(wanted);
        if (index < 0) continue;
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
        range.setStart(...locate(index + (caret ?? 0), false));
        range.setEnd(...locate(index + (caret ?? wanted.length), caret === null));
        // The editor reads the selection on `selectionchange`, a task of its own: keys typed
        // before it would land where the caret was.
        const seen = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        await seen;
        return;
      }
      throw new Error(`text not found: ${wanted}`);
    },
    [text, caretAfter ?? null] as const,
  );
}
