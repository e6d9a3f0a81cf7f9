import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { ActionItem } from './actionItem';
import { BlockSuggestionAttribute } from './blockSuggestion';
import { Comment } from './comment';
import { Deletion } from './deletion';
import { FormatChange } from './formatChange';
import { Insertion } from './insertion';
import { MarkedSection } from './markedSection';
import { MeasureRef } from './measureRef';
import { SpeakerTurn } from './speakerTurn';

/**
 * The Tiptap extensions that define the document schema. The editor, the server-side
 * seeding and every converter build their schema from this one list, so a document
 * written by one is always readable by the others.
 */
export function schemaExtensions(): AnyExtension[] {
  return [
    // Yjs carries the history: ProseMirror's own undo would fight with remote edits.
    // Level 2 headings are the Roman-numbered sections, level 3 their sub-headings.
    // No trailing node: with collaboration, every client would add its own empty paragraph.
    StarterKit.configure({ undoRedo: false, trailingNode: false, heading: { levels: [2, 3] } }),
    SpeakerTurn,
    ActionItem,
    MeasureRef,
    MarkedSection,
    Comment,
    Insertion,
    Deletion,
    FormatChange,
    BlockSuggestionAttribute,
  ];
}

/** Name of the Y.XmlFragment holding the body; Tiptap's Collaboration uses `default`. */
export const BODY_FRAGMENT = 'default';
