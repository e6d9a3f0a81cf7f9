/**
 * A text attribute as the views can use it. Attributes come from the CRDT, where any peer
 * may have written anything: a view must show what it can rather than crash the editor.
 */
export const textAttribute = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A list-of-texts attribute (the owners of an « À suivre » box), keeping only the texts. */
export const textListAttribute = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
