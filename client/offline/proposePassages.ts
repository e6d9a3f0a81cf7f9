import type { Editor, JSONContent } from '@tiptap/core';

/** A passage as a paragraph; its line breaks stay line breaks. */
function paragraph(passage: string): JSONContent {
  const content: JSONContent[] = [];
  passage.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line) content.push({ type: 'text', text: line });
  });
  return { type: 'paragraph', content };
}

/**
 * Proposes what a stale copy held as suggestions (issue 19): new paragraphs at the end of
 * the document, inserted through « Suggérer » so that the secretariat accepts or rejects
 * them like any suggestion. Returns whether they were inserted (not without an author).
 */
export function proposePassages(editor: Editor, passages: readonly string[]): boolean {
  if (passages.length === 0 || !editor.storage.suggestMode?.author) return false;
  const wasSuggesting = editor.storage.suggestMode.enabled;
  editor.commands.setSuggestMode(true);
  const before = editor.state.doc;
  editor.commands.insertContentAt(before.content.size, passages.map(paragraph));
  if (!wasSuggesting) editor.commands.setSuggestMode(false);
  return !editor.state.doc.eq(before);
}
