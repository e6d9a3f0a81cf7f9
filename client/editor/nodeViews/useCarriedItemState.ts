import { useEffect, useState } from 'react';
import type { CarriedItemsResponse } from '../../../shared/api/minutes';
import { carriedItems } from '../../api/seriesApi';
import { matchRoute } from '../../router/matchRoute';
import { useLocationPath } from '../../router/navigation';

type CarriedItemState = CarriedItemsResponse['items'][number];

/** Each box of a document asks for the same answer: one request per document, reused a few seconds. */
const REUSE_MS = 5_000;
const answers = new Map<string, { at: number; items: Promise<CarriedItemState[]> }>();

function statesOf(documentId: string): Promise<CarriedItemState[]> {
  const cached = answers.get(documentId);
  if (cached && Date.now() - cached.at < REUSE_MS) return cached.items;
  // A failed read shows the box as its document has it: nothing is claimed closed.
  const items = carriedItems(documentId).catch(() => []);
  answers.set(documentId, { at: Date.now(), items });
  return items;
}

/**
 * How the « À suivre » `itemId` of the open compte-rendu stands in its series (M9): closed in
 * later minutes, perhaps. Derived by the server on read, never written into this document.
 * The node view has no document id of its own: the editor page's address gives it.
 */
export function useCarriedItemState(itemId: string | null): CarriedItemState | undefined {
  const route = matchRoute(useLocationPath());
  const documentId = route.page === 'editor' ? route.id : null;
  const [state, setState] = useState<CarriedItemState | undefined>(undefined);
  useEffect(() => {
    if (!documentId || !itemId) return;
    let current = true;
    void statesOf(documentId).then((items) => current && setState(items.find((item) => item.id === itemId)));
    return () => {
      current = false;
    };
  }, [documentId, itemId]);
  return state;
}
