import type { ActionItemPatch, ActionItemsResponse } from '../../shared/api/actionItems';
import { getJson, patchJson } from '../api/http';

export const ACTION_ITEMS_PATH = '/a-suivre';

/** The « À suivre » page's query string, passed on as is to the API. */
export const listActionItems = async (params: URLSearchParams, signal?: AbortSignal): Promise<ActionItemsResponse['items']> =>
  (await getJson<ActionItemsResponse>(`/api/action-items?${params.toString()}`, signal)).items;

/** Writes the change into the compte-rendu that holds the item, through the relay (SPEC T3). */
export const updateActionItem = (documentId: string, itemId: string, patch: ActionItemPatch): Promise<unknown> =>
  patchJson<unknown>(`/api/action-items/${encodeURIComponent(documentId)}/${encodeURIComponent(itemId)}`, patch);
