import type { ProseMirrorJSON } from './bodyContent';

/**
 * Drops the `suggestion: null` that schema 3 adds to every block's JSON, so a body
 * without suggestions reads exactly as it did before: version hashes, and the
 * approvals that name them (W3), stay valid across the upgrade.
 */
export function omitEmptySuggestion(node: ProseMirrorJSON): ProseMirrorJSON {
  const { attrs, content, ...rest } = node as ProseMirrorJSON & {
    attrs?: Record<string, unknown>;
    content?: ProseMirrorJSON[];
  };
  const result: ProseMirrorJSON = { ...rest };
  if (attrs) {
    const { suggestion, ...others } = attrs;
    const kept = suggestion === null || suggestion === undefined ? others : attrs;
    if (Object.keys(kept).length > 0) result.attrs = kept;
  }
  if (content) result.content = content.map(omitEmptySuggestion);
  return result;
}
