/**
 * The version of the document schema. y-prosemirror silently deletes nodes that an
 * editor's schema cannot represent, and that deletion syncs to everyone, so the relay
 * refuses editors that declare an older version (R15).
 *
 * Bump it whenever a node type or an attribute is added. Never rename or remove one.
 * 1: StarterKit only. 2: speakerTurn, actionItem, measureRef, markedSection.
 * 3: comment, insertion and deletion marks; the block attribute `suggestion`.
 * 4: the formatChange mark.
 * 5: the actionItem attributes `originDocument` and `originItem` (a carried « À suivre », M9).
 * 6: the annex node (an attached file or a linked compte-rendu, M12).
 */
export const SCHEMA_VERSION = 6;

/** Query parameter by which an editor declares its schema version on the relay URL. */
export const SCHEMA_VERSION_PARAM = 'schema';
