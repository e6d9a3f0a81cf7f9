import { hasControlCharacters } from '../model/singleLineText';

/**
 * What the schema's types cannot say about the values its nodes and marks carry (SPEC A2):
 * a measure number is a positive integer, a link goes to the web or to a mail address, and
 * the names a block shows are one line of text. ProseMirror's own attribute `validate` is not
 * used for this: y-prosemirror deletes, for everyone, any block whose attributes fail it, so a
 * value stored before a rule would cost its whole paragraph. These rules judge what is
 * written: the relay's new items, the API's content, the editor's commands.
 */

export type ValueProblem = 'measureNumber' | 'linkTarget' | 'controlCharacter' | 'originReference' | 'annexKind' | 'annexReference' | 'annexLabel';

/** For the relay's log. */
export const valueProblemReasons: Record<ValueProblem, string> = {
  measureNumber: 'a measure number that is not a positive integer',
  linkTarget: 'a link whose target is not http(s), mailto or another compte-rendu',
  controlCharacter: 'a control character in a name',
  originReference: 'an origin of a carried item that is not a document or block id',
  annexKind: 'an annex kind other than file or minutes',
  annexReference: 'an annex reference that is not a file id or a document id matching its kind',
  annexLabel: 'an annex label that is not one line of at most 500 characters',
};

/** For the user (lower-case, to follow a field name). */
export const valueProblemMessages: Record<ValueProblem, string> = {
  measureNumber: 'le numéro de mesure doit être un nombre entier de 1 à 10 000',
  linkTarget: 'un lien doit mener à une adresse web (http:// ou https://), e-mail (mailto:) ou à un compte-rendu de Minutier',
  controlCharacter: 'pas de caractère de contrôle (tabulation, saut de ligne…) dans un nom',
  originReference: 'l’origine d’un point à suivre repris doit désigner un compte-rendu et un de ses points',
  annexKind: 'une annexe est un fichier joint ou un compte-rendu lié',
  annexReference: 'une annexe doit désigner le fichier joint ou le compte-rendu lié qu’elle annonce',
  annexLabel: 'le titre d’une annexe tient sur une ligne de 500 caractères au plus',
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
  annex: ['label'],
};

/** An annex is a file of the server's blob store or another compte-rendu of the collective (M12). */
export const ANNEX_KINDS = ['file', 'minutes'] as const;
export type AnnexKind = (typeof ANNEX_KINDS)[number];
export const isAnnexKind = (value: unknown): value is AnnexKind => (ANNEX_KINDS as readonly unknown[]).includes(value);

/** The server's annex ids: the charset of every other id, bounded. */
const ANNEX_FILE_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const ANNEX_LABEL_MAX = 500;

/** One attribute of an annex on its own, as the relay sees each attribute written (`''`: not this kind's). */
function annexAttributeProblem(attribute: string, value: unknown): ValueProblem | undefined {
  switch (attribute) {
    case 'kind':
      return isAnnexKind(value) ? undefined : 'annexKind';
    case 'id':
      return value === null || (typeof value === 'string' && BLOCK_ID.test(value)) ? undefined : 'annexReference';
    case 'annexId':
      return value === '' || (typeof value === 'string' && ANNEX_FILE_ID.test(value)) ? undefined : 'annexReference';
    case 'documentId':
      return value === '' || (typeof value === 'string' && DOCUMENT_ID.test(value)) ? undefined : 'annexReference';
    case 'label':
      return typeof value === 'string' && value.length <= ANNEX_LABEL_MAX ? undefined : 'annexLabel';
    default:
      return undefined;
  }
}

/** A whole annex: its reference is the one its kind names, and only that one. */
function annexProblem(attributes: Readonly<Record<string, unknown>>): ValueProblem | undefined {
  const { kind, annexId = '', documentId = '' } = attributes;
  if (!isAnnexKind(kind)) return 'annexKind';
  const [own, other] = kind === 'file' ? [annexId, documentId] : [documentId, annexId];
  return own === '' || other !== '' ? 'annexReference' : undefined;
}

/** What is wrong with the value of attribute `attribute` of a `node`, if anything. */
export function nodeAttributeProblem(node: string, attribute: string, value: unknown): ValueProblem | undefined {
  if (node === 'measureRef' && attribute === 'number' && !isMeasureNumber(value)) return 'measureNumber';
  if (node === 'actionItem' && attribute === 'originDocument' && value !== null && !(typeof value === 'string' && DOCUMENT_ID.test(value))) {
    return 'originReference';
  }
  if (node === 'actionItem' && attribute === 'originItem' && value !== null && !(typeof value === 'string' && BLOCK_ID.test(value))) {
    return 'originReference';
  }
  if (node === 'annex') {
    const problem = annexAttributeProblem(attribute, value);
    if (problem) return problem;
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
  if (node === 'annex') {
    const problem = annexProblem(attributes);
    if (problem) return problem;
  }
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
