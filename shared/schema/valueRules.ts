import { hasControlCharacters } from '../model/singleLineText';

/**
 * What the schema's types cannot say about the values its nodes and marks carry (SPEC A2):
 * a measure number is a positive integer, a link goes to the web or to a mail address, and
 * the names a block shows are one line of text. ProseMirror's own attribute `validate` is not
 * used for this: y-prosemirror deletes, for everyone, any block whose attributes fail it, so a
 * value stored before a rule would cost its whole paragraph. These rules judge what is
 * written: the relay's new items, the API's content, the editor's commands.
 */

export type ValueProblem = 'measureNumber' | 'linkTarget' | 'controlCharacter' | 'originReference';

/** For the relay's log. */
export const valueProblemReasons: Record<ValueProblem, string> = {
  measureNumber: 'a measure number that is not a positive integer',
  linkTarget: 'a link whose target is not http(s), mailto or another compte-rendu',
  controlCharacter: 'a control character in a name',
  originReference: 'an origin of a carried item that is not a document or block id',
};

/** For the user (lower-case, to follow a field name). */
export const valueProblemMessages: Record<ValueProblem, string> = {
  measureNumber: 'le numéro de mesure doit être un nombre entier de 1 à 10 000',
  linkTarget: 'un lien doit mener à une adresse web (http:// ou https://), e-mail (mailto:) ou à un compte-rendu de Minutier',
  controlCharacter: 'pas de caractère de contrôle (tabulation, saut de ligne…) dans un nom',
  originReference: 'l’origine d’un point à suivre repris doit désigner un compte-rendu et un de ses points',
};

const LINK_SCHEMES = /^(https?:|mailto:)/i;

/** Document ids (as DOCUMENT_ID_PATTERN in shared/api/minutes, which depends on this file). */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{22}$/;
/** Block ids: newBlockId's 12 characters, or the longer ids of imported and demo content. */
const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The one relative link kept: another compte-rendu of this server, exactly `/cr/<id>` (the
 * « Adoption du compte-rendu » and « issu du compte-rendu du … » links, M9). Nothing else
 * relative: no `//host` (another site), no path that could lead out of the editor pages.
 */
const MINUTES_LINK = /^\/cr\/[A-Za-z0-9_-]{22}$/;

/** The link to a compte-rendu, as the editor page's route reads it. */
export const minutesLink = (documentId: string): string => `/cr/${documentId}`;

/**
 * A link target the editor keeps: http(s) or mailto, as written, or another compte-rendu.
 * Control characters are refused, not skipped, since browsers skip them inside a scheme
 * (« java\tscript: »).
 */
export const isSafeLinkTarget = (href: unknown): href is string =>
  typeof href === 'string' && !hasControlCharacters(href) && (LINK_SCHEMES.test(href) || MINUTES_LINK.test(href));

/** Measures are numbered from 1 in a plan; the registry holds at most 10,000 of them. */
export const isMeasureNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10_000;

/** Node attributes that hold a name or a label shown as one line. */
const NAME_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  speakerTurn: ['organisation', 'person', 'role'],
  actionItem: ['owners'],
  measureRef: ['plan', 'item'],
};

/** What is wrong with the value of attribute `attribute` of a `node`, if anything. */
export function nodeAttributeProblem(node: string, attribute: string, value: unknown): ValueProblem | undefined {
  if (node === 'measureRef' && attribute === 'number' && !isMeasureNumber(value)) return 'measureNumber';
  if (node === 'actionItem' && attribute === 'originDocument' && value !== null && !(typeof value === 'string' && DOCUMENT_ID.test(value))) {
    return 'originReference';
  }
  if (node === 'actionItem' && attribute === 'originItem' && value !== null && !(typeof value === 'string' && BLOCK_ID.test(value))) {
    return 'originReference';
  }
  if (NAME_ATTRIBUTES[node]?.includes(attribute)) {
    const texts: unknown[] = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === 'string' && hasControlCharacters(text))) return 'controlCharacter';
  }
  return undefined;
}

/**
 * What is wrong with a whole node's attributes, as a new node carries them: a measure
 * reference without a number is as wrong as one with a bad number.
 */
export function nodeAttributesProblem(node: string, attributes: Readonly<Record<string, unknown>>): ValueProblem | undefined {
  if (node === 'measureRef' && !isMeasureNumber(attributes.number)) return 'measureNumber';
  for (const [name, value] of Object.entries(attributes)) {
    const problem = nodeAttributeProblem(node, name, value);
    if (problem) return problem;
  }
  return undefined;
}

/** What is wrong with a mark's attributes (`null`: the mark is being removed), if anything. */
export function markProblem(mark: string, attributes: unknown): ValueProblem | undefined {
  if (mark !== 'link' || attributes === null || typeof attributes !== 'object') return undefined;
  return isSafeLinkTarget((attributes as { href?: unknown }).href) ? undefined : 'linkTarget';
}
