import { withoutForbiddenCharacters } from './cleanText';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML and HTML, in element content and in quoted attributes alike.
 * Escaping `>` too keeps `]]>` harmless, and characters XML cannot hold at all are
 * dropped, so whatever reaches this function yields a well-formed document.
 */
export const xmlEscape = (text: string): string =>
  withoutForbiddenCharacters(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
