import type { ProseMirrorJSON } from './bodyContent';

/**
 * Attributes later schemas added, which every node's JSON then carries at null: the block
 * `suggestion` (schema 3) and the origin of a carried « À suivre » (schema 5, M9).
 */
const ADDED_ATTRIBUTES = ['suggestion', 'originDocument', 'originItem'];

/**
 * Drops the `suggestion: null` that schema 3 adds to every block's JSON (and the null
 * origins schema 5 adds to « À suivre »), so a body without them reads exactly as it did
 * before: version hashes, and the approvals that name them (W3), stay valid across the upgrade.
 */
export function omitEmptySuggestion(node: ProseMirrorJSON): ProseMirrorJSON {
  const { attrs, content, ...rest } = node as ProseMirrorJSON & {
    attrs?: Record<string, unknown>;
    content?: ProseMirrorJSON[];
  };
  const result: ProseMirrorJSON = { ...rest };
  if (attrs) {
    const kept = Object.fromEntries(
      Object.entries(attrs).filter(([name, value]) => !(ADDED_ATTRIBUTES.includes(name) && (value === null || value === undefined))),
    );
    if (Object.keys(kept).length > 0) result.attrs = kept;
  }
  if (content) result.content = content.map(omitEmptySuggestion);
  return result;
}
