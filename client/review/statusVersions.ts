import type { VersionSummary } from '../../shared/api/review';

/** Kinds of version that mean the status changed: someone else may have moved it. */
const STATUS_KINDS: ReadonlySet<VersionSummary['kind']> = new Set(['status', 'validation', 'reopen']);

/**
 * The newest version recorded by a status change (versions come newest first). Every
 * status change records one (W1), so when it differs between two polls, the status the
 * page shows is out of date.
 */
export const latestStatusVersion = (versions: Array<Pick<VersionSummary, 'id' | 'kind'>>): string | null =>
  versions.find((version) => STATUS_KINDS.has(version.kind))?.id ?? null;
