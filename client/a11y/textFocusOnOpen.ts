import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';

/** The compte-rendu just created here, whose text takes the focus as soon as it can be typed in. */
let justCreated: string | null = null;

/**
 * Asks the editor of `documentId`, about to open, to put the focus in its text: whoever
 * creates a compte-rendu has just given its title and date, and writes next, without
 * tabbing through the header and the toolbar.
 */
export function focusTextWhenOpened(documentId: string): void {
  justCreated = documentId;
}

/** Puts the caret at the start of the text once it is editable, if that was asked for this document. */
export function useTextFocusOnOpen(documentId: string, editor: Editor, editable: boolean): void {
  useEffect(() => {
    if (!editable || justCreated !== documentId) return;
    justCreated = null;
    editor.commands.focus('start');
  }, [documentId, editor, editable]);
}
