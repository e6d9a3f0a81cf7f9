import type { ReadableScope } from '../../search/searchIndex';

/**
 * The readable scope (R18, Q1, X2) as a condition of a query on a PostgreSQL derived index, its
 * documents table named `d`, the scope in parameters $1 and $2 (pgReadableScopeParameters): rows
 * outside it are never read out, so nothing about them (not even a count) can leak.
 */
export const PG_READABLE_SCOPE_SQL = '(d.collective_id = $1 OR d.document_id = ANY($2::text[]))';

/** The parameters $1 and $2 that PG_READABLE_SCOPE_SQL reads. */
export function pgReadableScopeParameters(scope: ReadableScope): [string, string[]] {
  return [scope.collectiveId, scope.sharedDocumentIds];
}
