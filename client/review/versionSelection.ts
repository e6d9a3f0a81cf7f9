import type { VersionSummary } from '../../shared/api/review';

/** Ticks or unticks a version for comparison; ticking a third one drops the first ticked. */
export function toggleSelection(selected: string[], versionId: string): string[] {
  if (selected.includes(versionId)) return selected.filter((id) => id !== versionId);
  return [...selected, versionId].slice(-2);
}

/** The two ticked versions as a comparison, oldest first, so insertions are what came later. */
export function selectedComparison(
  selected: string[],
  versions: Array<Pick<VersionSummary, 'id' | 'createdAt'>>,
): { from: string; to: string } | null {
  const [first, second] = selected
    .map((id) => versions.find((version) => version.id === id))
    .filter((version) => version !== undefined)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return selected.length === 2 && first && second ? { from: first.id, to: second.id } : null;
}
