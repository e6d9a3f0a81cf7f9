import * as encoding from 'lib0/encoding';

/** (client, clock) of a struct. */
export type StructId = readonly [client: number, clock: number];

/** What a forged item holds, with the Yjs content ref it is written under. */
export type ForgedContent =
  | { string: string }
  | { format: string; value: unknown }
  | { element: string }
  /** A type without a name: 0 YArray, 1 YMap, 2 YText, 4 YXmlFragment, 6 YXmlText; 7+ do not exist. */
  | { typeRef: number }
  | { deleted: number }
  | { any: unknown[] }
  | { doc: string; options: unknown };

export interface ForgedItem {
  origin?: StructId;
  rightOrigin?: StructId;
  /** Written only when the item has neither origin, as Yjs does. */
  parent?: { root: string } | { item: StructId };
  parentSub?: string;
  content: ForgedContent;
}

/** Consecutive items of one client from `clock` on. */
export interface ForgedBlock {
  client: number;
  clock: number;
  items: ForgedItem[];
}

export type ForgedDeleteSet = Array<{ client: number; ranges: Array<readonly [clock: number, length: number]> }>;

const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;

/**
 * Writes structs and a delete set in the Yjs v1 update format byte by byte, so tests can
 * say what no Y.Doc would ever encode: ids that point at themselves or at the future,
 * clocks and client ids past 2^32, contents in places the model does not allow.
 */
export function encodeV1Update(blocks: readonly ForgedBlock[], deletes: ForgedDeleteSet = []): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, blocks.length);
  for (const block of blocks) {
    encoding.writeVarUint(encoder, block.items.length);
    encoding.writeVarUint(encoder, block.client);
    encoding.writeVarUint(encoder, block.clock);
    for (const item of block.items) writeItem(encoder, item);
  }
  encoding.writeVarUint(encoder, deletes.length);
  for (const { client, ranges } of deletes) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const [clock, length] of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
  return encoding.toUint8Array(encoder);
}

function writeItem(encoder: encoding.Encoder, item: ForgedItem): void {
  const withParent = !item.origin && !item.rightOrigin;
  const info =
    contentRef(item.content) |
    (item.origin ? HAS_ORIGIN : 0) |
    (item.rightOrigin ? HAS_RIGHT_ORIGIN : 0) |
    (withParent && item.parentSub !== undefined ? HAS_PARENT_SUB : 0);
  encoding.writeUint8(encoder, info);
  if (item.origin) writeId(encoder, item.origin);
  if (item.rightOrigin) writeId(encoder, item.rightOrigin);
  if (withParent) {
    const parent = item.parent ?? { root: 'default' };
    if ('root' in parent) {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, parent.root);
    } else {
      encoding.writeVarUint(encoder, 0);
      writeId(encoder, parent.item);
    }
    if (item.parentSub !== undefined) encoding.writeVarString(encoder, item.parentSub);
  }
  writeContent(encoder, item.content);
}

function contentRef(content: ForgedContent): number {
  if ('deleted' in content) return 1;
  if ('string' in content) return 4;
  if ('format' in content) return 6;
  if ('element' in content || 'typeRef' in content) return 7;
  if ('any' in content) return 8;
  return 9;
}

function writeContent(encoder: encoding.Encoder, content: ForgedContent): void {
  if ('deleted' in content) encoding.writeVarUint(encoder, content.deleted);
  else if ('string' in content) encoding.writeVarString(encoder, content.string);
  else if ('format' in content) {
    encoding.writeVarString(encoder, content.format);
    encoding.writeVarString(encoder, JSON.stringify(content.value));
  } else if ('element' in content) {
    encoding.writeVarUint(encoder, 3);
    encoding.writeVarString(encoder, content.element);
  } else if ('typeRef' in content) encoding.writeVarUint(encoder, content.typeRef);
  else if ('any' in content) {
    encoding.writeVarUint(encoder, content.any.length);
    for (const value of content.any) encoding.writeAny(encoder, value as never);
  } else {
    encoding.writeVarString(encoder, content.doc);
    encoding.writeAny(encoder, content.options as never);
  }
}

function writeId(encoder: encoding.Encoder, [client, clock]: StructId): void {
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
}
