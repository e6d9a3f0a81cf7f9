/**
 * Who is typing, shown next to the person's caret: the signed-in account's name and
 * association (`identityFromMe`), never typed in, and the relay shows nothing else (R22).
 */
export interface Identity {
  name: string;
  association: string;
}

/** What each client publishes as the awareness `user` field. */
export interface AwarenessUser extends Identity {
  color: string;
}

/**
 * Caret colours: dark enough for white label text (contrast ≥ 4.5:1) and distinct from
 * one another. Six-digit hex only: CollaborationCaret ignores any other colour syntax.
 */
export const CARET_PALETTE: readonly string[] = [
  '#1f6feb',
  '#b42318',
  '#067647',
  '#8e24aa',
  '#b54708',
  '#0e7490',
  '#c11574',
  '#4e5ba6',
  '#5b6b1f',
  '#7a4b2a',
];

/** FNV-1a: a tiny, stable string hash, so a name keeps its colour across sessions and browsers. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The caret colour of a person, derived from the name only (case and spacing ignored). */
export function colorForName(name: string): string {
  const normalized = name.trim().toLocaleLowerCase('fr-FR');
  return CARET_PALETTE[hashString(normalized) % CARET_PALETTE.length] as string;
}

export function awarenessUser(identity: Identity): AwarenessUser {
  return { ...identity, color: colorForName(identity.name) };
}

/** « Nom (Association) », the text of a caret label. */
export function caretLabel(user: { name?: unknown; association?: unknown }): string {
  const name = typeof user.name === 'string' && user.name.trim() !== '' ? user.name.trim() : 'Anonyme';
  const association = typeof user.association === 'string' ? user.association.trim() : '';
  return association === '' ? name : `${name} (${association})`;
}
