import { createContext, useContext } from 'react';
import type { Participant } from '../../../shared/model/participants';
import { LOADING_REGISTRY, type PlanRegistry } from '../model/planRegistry';

/**
 * What the node views need beyond their node: whether this person may edit, the
 * participants (organisations for speakers and owners) and the plan registry (measure
 * titles). Node views are rendered in portals under `EditorContent`, so a provider
 * around it reaches them.
 */
export interface DocumentContextValue {
  /**
   * This person may write this compte-rendu: the views lay their controls out, so that
   * nothing moves when editing becomes possible (document arrived, connection back).
   */
  writer: boolean;
  /** Editing is possible right now; until then the controls are there but disabled. */
  editable: boolean;
  participants: readonly Participant[];
  registry: PlanRegistry;
  /** The compte-rendu shown: its annex files are listed and uploaded under it. */
  documentId: string;
  /** This person may attach a file or link a compte-rendu as an annex: the secretariat and the coordination (M12). */
  attachAnnexes: boolean;
}

export const DocumentContext = createContext<DocumentContextValue>({
  writer: false,
  editable: false,
  participants: [],
  registry: LOADING_REGISTRY,
  documentId: '',
  attachAnnexes: false,
});

export const useDocumentContext = (): DocumentContextValue => useContext(DocumentContext);
