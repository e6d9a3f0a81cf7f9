import type { FrozenAnnex } from '../../../shared/api/annexes';
import { annexReferencesOf } from '../../../shared/export/annexReferences';
import type { AnnexStore } from '../storage/annexStore';

/**
 * The file annexes a body references, in document order, with the hash of their bytes: what a
 * validation records (N4). A reference to a file no longer stored is left out; a file
 * referenced twice is recorded once.
 */
export async function frozenAnnexesOf(annexes: Pick<AnnexStore, 'get'>, documentId: string, body: unknown): Promise<FrozenAnnex[]> {
  const frozen: FrozenAnnex[] = [];
  const seen = new Set<string>();
  for (const reference of annexReferencesOf(body)) {
    if (reference.kind !== 'file' || seen.has(reference.annexId)) continue;
    seen.add(reference.annexId);
    const annex = await annexes.get(documentId, reference.annexId);
    if (annex) frozen.push({ annexId: annex.id, name: annex.name, sha256: annex.sha256 });
  }
  return frozen;
}
