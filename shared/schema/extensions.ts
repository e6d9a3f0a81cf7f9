import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';

/**
 * The Tiptap extensions that define the document schema. The editor, the server-side
 * seeding and every later converter build their schema from this one list, so a
 * document written by one is always readable by the others.
 */
export function schemaExtensions(): AnyExtension[] {
  return [
    // Yjs carries the history: ProseMirror's own undo would fight with remote edits.
    StarterKit.configure({ undoRedo: false }),
  ];
}

/** Name of the Y.XmlFragment holding the body; Tiptap's Collaboration uses `default`. */
export const BODY_FRAGMENT = 'default';
