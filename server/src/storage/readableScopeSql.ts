import type { ReadableScope } from '../search/searchIndex';

/**
 * The readable scope (R18, Q1, X2) as a condition of a query on a derived index, its
 * documents table named `d`: rows outside it are never read out, so nothing about them
 * (not even a count) can leak.
 */
export const READABLE_SCOPE_SQL = '(d.collective_id = @collectiveId OR d.document_id IN (SELECT value FROM json_each(@shared)))';

/** The parameters READABLE_SCOPE_SQL reads. */
export function readableScopeParameters(scope: ReadableScope): { collectiveId: string; shared: string } {
  return { collectiveId: scope.collectiveId, shared: JSON.stringify(scope.sharedDocumentIds) };
}
