import { isUtf8 } from 'node:buffer';
import * as decoding from 'lib0/decoding';

/** Raised for bytes that are not a Yjs update; the caller turns it into a 4400 close. */
export class InvalidUpdateError extends Error {}

/** Content kinds of an Item (yjs `contentRefs`): 1 deleted … 9 subdocument. */
const enum Content {
  Deleted = 1,
  Json = 2,
  Binary = 3,
  String = 4,
  Embed = 5,
  Format = 6,
  Type = 7,
  Any = 8,
  Doc = 9,
}
/** yjs `typeRefs`: 0 YArray … 6 YXmlText; 3 (element) and 5 (hook) carry a name. */
const enum TypeRef {
  Array = 0,
  Map = 1,
  Text = 2,
  XmlElement = 3,
  XmlFragment = 4,
  XmlHook = 5,
  XmlText = 6,
}
const SKIP = 10;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;
const CONTENT_BITS = 0x1f;
/** Yjs makes client ids with `random.uint32`. */
const MAX_CLIENT = 0xffff_ffff;
/**
 * A clock counts one per character or item a client ever made: 2³¹ is far beyond any
 * real editor, and past it Yjs' own arithmetic is no longer exact.
 */
const MAX_CLOCK = 2 ** 31;

/**
 * What an update is made of, as far as it can be told without a document: enough for
 * the room to refuse, before touching its document, what could not integrate (R23).
 */
export interface UpdateShape {
  /** No struct and no deletion: clients answer the server's sync step 1 with such an update. */
  empty: boolean;
  /** Per client, the first clock of its structs and the clock after the last. */
  blocks: Map<number, { from: number; to: number }>;
  /** Per client, the clock after the last deleted range. */
  deletedUpTo: Map<number, number>;
  /** Root types named as parents. */
  roots: Set<string>;
  /** Formatting attribute keys (y-prosemirror's mark names, maybe with a `--hash`). */
  formats: Set<string>;
  /** Node names of the XmlElements it creates. */
  elements: Set<string>;
  /** Why it can never be part of a Minutier document, if it cannot. */
  violation?: string;
}

/**
 * Reads a whole update (v1 encoding) the way `Y.decodeUpdate` does and throws where
 * it would (truncated, bad UTF-8, bad JSON, unknown content or type), without
 * building its structs (R6), and gathers its shape. Violations that no document could
 * accept (an item that names itself or a later item of its own client as origin or
 * parent, clocks or client ids out of range, content kinds the model never uses) are
 * reported in `violation`, not thrown: the bytes are a Yjs update, just not one of ours.
 */
export function checkUpdate(update: Uint8Array): UpdateShape {
  const decoder = decoding.createDecoder(update);
  const shape: UpdateShape = {
    empty: true,
    blocks: new Map(),
    deletedUpTo: new Map(),
    roots: new Set(),
    formats: new Set(),
    elements: new Set(),
  };
  const clients = decoding.readVarUint(decoder);
  for (let i = 0; i < clients; i++) {
    const count = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    const from = decoding.readVarUint(decoder);
    let clock = from;
    for (let j = 0; j < count; j++) clock += readStruct(decoder, shape, client, clock);
    if (count > 0) {
      shape.empty = false;
      if (client > MAX_CLIENT || clock > MAX_CLOCK) shape.violation ??= 'client id or clock out of range';
      if (shape.blocks.has(client)) shape.violation ??= 'two blocks for one client';
      shape.blocks.set(client, { from, to: clock });
    }
  }
  const deleteClients = decoding.readVarUint(decoder);
  for (let i = 0; i < deleteClients; i++) {
    const client = decoding.readVarUint(decoder);
    const ranges = decoding.readVarUint(decoder);
    let upTo = shape.deletedUpTo.get(client) ?? 0;
    for (let j = 0; j < ranges; j++) {
      const clock = decoding.readVarUint(decoder);
      const length = decoding.readVarUint(decoder);
      upTo = Math.max(upTo, clock + length);
    }
    if (ranges > 0) {
      shape.empty = false;
      if (client > MAX_CLIENT || upTo > MAX_CLOCK) shape.violation ??= 'client id or clock out of range';
      shape.deletedUpTo.set(client, upTo);
    }
  }
  return shape;
}

/** Reads one struct of `client` at `clock`; answers its length in clocks. */
function readStruct(decoder: decoding.Decoder, shape: UpdateShape, client: number, clock: number): number {
  const info = decoding.readUint8(decoder);
  const content = info & CONTENT_BITS;
  // GC and Skip: a length.
  if (content === 0 || info === SKIP) return decoding.readVarUint(decoder);
  // Yjs integrates a client's structs in clock order: an item can only hang on what came before it.
  const reference = () => {
    const refClient = decoding.readVarUint(decoder);
    const refClock = decoding.readVarUint(decoder);
    if (refClient === client && refClock >= clock) shape.violation ??= 'an item refers to itself or to a later item';
  };
  if (info & HAS_ORIGIN) reference();
  if (info & HAS_RIGHT_ORIGIN) reference();
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // Neither origin: the parent is written, as a root type's name or an item's id.
    if (decoding.readVarUint(decoder) === 1) shape.roots.add(readString(decoder));
    else reference();
    if (info & HAS_PARENT_SUB) skipString(decoder);
  }
  return readContent(decoder, shape, content);
}

/** Reads an item's content; answers its length in clocks. */
function readContent(decoder: decoding.Decoder, shape: UpdateShape, content: number): number {
  switch (content) {
    case Content.Deleted:
      return decoding.readVarUint(decoder);
    case Content.Json: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) {
        const json = readString(decoder);
        if (json !== 'undefined') JSON.parse(json);
      }
      shape.violation ??= 'JSON content';
      return length;
    }
    case Content.Binary:
      skipBytes(decoder);
      shape.violation ??= 'binary content';
      return 1;
    case Content.String:
      return utf16Length(readUtf8(decoder));
    case Content.Embed:
      JSON.parse(readString(decoder));
      shape.violation ??= 'embedded content';
      return 1;
    case Content.Format:
      shape.formats.add(readString(decoder));
      JSON.parse(readString(decoder));
      return 1;
    case Content.Type: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > TypeRef.XmlText) throw new InvalidUpdateError(`unknown type ${typeRef}`);
      if (typeRef === TypeRef.XmlElement) shape.elements.add(readString(decoder));
      if (typeRef === TypeRef.XmlHook) skipString(decoder);
      if (typeRef === TypeRef.Text || typeRef === TypeRef.XmlFragment || typeRef === TypeRef.XmlHook) {
        shape.violation ??= 'a shared type the model does not use';
      }
      return 1;
    }
    case Content.Any: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) decoding.readAny(decoder);
      return length;
    }
    case Content.Doc: {
      skipString(decoder);
      // yjs reads the options' properties: null or undefined make it throw.
      if (decoding.readAny(decoder) == null) throw new InvalidUpdateError('subdocument without options');
      shape.violation ??= 'subdocument';
      return 1;
    }
    default:
      throw new InvalidUpdateError(`unknown content ${content}`);
  }
}

/** Yjs counts a string's length in UTF-16 code units; counted on the UTF-8 bytes, not decoded. */
function utf16Length(bytes: Uint8Array): number {
  let length = 0;
  for (const byte of bytes) {
    if ((byte & 0xc0) !== 0x80) length++;
    // A four-byte sequence is a surrogate pair in UTF-16.
    if (byte >= 0xf0) length++;
  }
  return length;
}

function skipBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  const end = decoder.pos + length;
  if (end > decoder.arr.length) throw new InvalidUpdateError('truncated update');
  const bytes = decoder.arr.subarray(decoder.pos, end);
  decoder.pos = end;
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readString(decoder: decoding.Decoder): string {
  return utf8.decode(skipBytes(decoder));
}

/** yjs decodes strings strictly (a fatal TextDecoder): invalid UTF-8 is checked, not decoded. */
function readUtf8(decoder: decoding.Decoder): Uint8Array {
  const bytes = skipBytes(decoder);
  if (!isUtf8(bytes)) throw new InvalidUpdateError('invalid UTF-8');
  return bytes;
}

function skipString(decoder: decoding.Decoder): void {
  readUtf8(decoder);
}
