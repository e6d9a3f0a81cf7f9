/**
 * Stable ids for speaker turns and À suivre boxes: they let comments, approvals and
 * follow-up lists point at a block across edits. Random, so two people inserting
 * blocks at once never collide.
 */
export function newBlockId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

/** An attribute stored as `data-<name>` in HTML. */
export const dataAttribute = (name: string, fallback: unknown = null) => ({
  default: fallback,
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? fallback,
  renderHTML: (attributes: Record<string, unknown>) => {
    const value = attributes[name];
    return value === null || value === undefined || value === '' ? {} : { [`data-${name}`]: String(value) };
  },
});
