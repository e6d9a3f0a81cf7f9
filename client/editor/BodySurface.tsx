import type { RefObject } from 'react';
import { EditorContent } from '@tiptap/react';
import { DocumentContext, type DocumentContextValue } from './nodeViews/documentContext';
import { EditorSuggestions } from './suggestions/EditorSuggestions';
import type { BodyEditor } from './useBodyEditor';

interface BodySurfaceProps {
  body: BodyEditor;
  /** What the blocks' views know of the document and of this person. */
  context: DocumentContextValue;
  /** The positioned element around the surface, where the suggestion menus are placed. */
  containerRef: RefObject<HTMLDivElement | null>;
  className: string;
  /** Said when the body holds what this version cannot read, and editing stopped (R15). */
  unreadableMessage: string;
  /** The « / » insertions offered; all of them when absent. */
  commands?: readonly string[];
}

/** A body being written (a compte-rendu's, a letter's): its text with the blocks' views, and the « / », « @ », « # » menus. */
export function BodySurface({ body, context, containerRef, className, unreadableMessage, commands }: BodySurfaceProps) {
  const { editor, suggestionKeys, contentError, editable } = body;
  return (
    <>
      {contentError && (
        <p className="banner banner--error" role="alert">
          {unreadableMessage}
        </p>
      )}
      <DocumentContext.Provider value={context}>
        <EditorContent editor={editor} className={className} />
      </DocumentContext.Provider>
      <EditorSuggestions
        editor={editor}
        editable={editable}
        keys={suggestionKeys}
        containerRef={containerRef}
        participants={context.participants}
        registry={context.registry}
        {...(commands ? { commands } : {})}
      />
    </>
  );
}
