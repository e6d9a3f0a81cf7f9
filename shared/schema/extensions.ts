import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { ActionItem } from './actionItem';
import { Annex } from './annex';
import { BlockSuggestionAttribute } from './blockSuggestion';
import { Comment } from './comment';
import { Deletion } from './deletion';
import { FormatChange } from './formatChange';
import { Insertion } from './insertion';
import { MarkedSection } from './markedSection';
import { MeasureRef } from './measureRef';
import { SafeLinks } from './safeLinks';
import { SpeakerTurn } from './speakerTurn';
import { isSafeLinkTarget } from './valueRules';

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
    // Links go to the web or to a mail address only (SPEC A2): Tiptap's commands and paste
    // rules ask `isAllowedUri`; `SafeLinks` catches the paths that do not ask it.
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      heading: { levels: [2, 3] },
      link: { isAllowedUri: (url) => isSafeLinkTarget(url), defaultProtocol: 'https' },
    }),
    SpeakerTurn,
    ActionItem,
    MeasureRef,
    MarkedSection,
    Annex,
    Comment,
    Insertion,
    Deletion,
    FormatChange,
    BlockSuggestionAttribute,
    SafeLinks,
  ];
}

/** Name of the Y.XmlFragment holding the body; Tiptap's Collaboration uses `default`. */
export const BODY_FRAGMENT = 'default';
