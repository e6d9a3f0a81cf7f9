import { colorForName } from '../identity';

/** For suggestions without an association (an account outside any, such as a guest). */
export const NEUTRAL_SUGGESTION_COLOR = '#5f6b7a';

/**
 * The colour of an association's suggestions: the caret palette (dark enough for 4.5:1 on
 * white, so an underline or a strike stays readable) picked by a stable hash of the name,
 * so every browser shows Amicale du Nid in the same colour.
 */
export function associationColor(association: string): string {
  return association.trim() === '' ? NEUTRAL_SUGGESTION_COLOR : colorForName(association);
}

/** A pale background of a suggestion colour (about 10 % opaque) behind the suggested text. */
export function tintOf(color: string): string {
  return `${color}1a`;
}

export function associationTint(association: string): string {
  return tintOf(associationColor(association));
}
