import { z } from 'zod';

/** Who is typing: chosen once per browser, shown next to the person's caret. */
export const identitySchema = z.object({
  name: z.string().trim().min(1, 'le nom est obligatoire').max(80, 'nom trop long (80 caractères au plus)'),
  association: z
    .string()
    .trim()
    .min(1, "l'association est obligatoire")
    .max(120, 'association trop longue (120 caractères au plus)'),
});
export type Identity = z.infer<typeof identitySchema>;

/** What each client publishes as the awareness `user` field. */
export interface AwarenessUser extends Identity {
  color: string;
}

export const IDENTITY_STORAGE_KEY = 'minutier.identity';

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

/** The part of `Storage` we use, so tests can pass a plain object. */
export type IdentityStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved identity, or `null` when none was saved or what was saved is unusable. */
export function loadIdentity(storage: IdentityStorage): Identity | null {
  let raw: string | null;
  try {
    raw = storage.getItem(IDENTITY_STORAGE_KEY);
  } catch {
    // Storage can be disabled (private mode, policies): then we simply ask again.
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = identitySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveIdentity(storage: IdentityStorage, identity: Identity): void {
  try {
    storage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Not being able to remember the identity only means asking again next time.
  }
}
