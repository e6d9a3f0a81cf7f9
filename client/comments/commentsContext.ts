import { createContext, useContext } from 'react';
import type { CommentsController } from './useCommentsController';

/** The comments of the open compte-rendu, for the toolbar button and the margin panel. */
export const CommentsContext = createContext<CommentsController | null>(null);

/** Null outside an editor workspace (the version viewer, for instance). */
export function useOptionalComments(): CommentsController | null {
  return useContext(CommentsContext);
}
