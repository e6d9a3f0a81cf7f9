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
const LAST_TYPE_REF = 6;
const SKIP = 10;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;
const CONTENT_BITS = 0x1f;

/**
 * Reads a whole update (v1 encoding) the way `Y.decodeUpdate` does and throws where
 * it would (truncated, bad UTF-8, bad JSON, unknown content or type), without
 * building its structs: the relay keeps no Y.Doc, it only has to know that every
 * client can apply what it relays (R6). Answers whether the update carries anything
 * (a struct or a deletion): clients answer the server's sync step 1 with an empty one.
 */
export function checkUpdate(update: Uint8Array): { empty: boolean } {
  const decoder = decoding.createDecoder(update);
  let structs = 0;
  const clients = decoding.readVarUint(decoder);
  for (let i = 0; i < clients; i++) {
    const count = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // client
    decoding.readVarUint(decoder); // first clock
    for (let j = 0; j < count; j++) skipStruct(decoder);
    structs += count;
  }
  let deletions = 0;
  const deleteClients = decoding.readVarUint(decoder);
  for (let i = 0; i < deleteClients; i++) {
    decoding.readVarUint(decoder); // client
    const ranges = decoding.readVarUint(decoder);
    for (let j = 0; j < ranges; j++) {
      decoding.readVarUint(decoder); // clock
      decoding.readVarUint(decoder); // length
    }
    deletions += ranges;
  }
  return { empty: structs === 0 && deletions === 0 };
}

function skipStruct(decoder: decoding.Decoder): void {
  const info = decoding.readUint8(decoder);
  const content = info & CONTENT_BITS;
  // GC and Skip: a length.
  if (content === 0 || info === SKIP) {
    decoding.readVarUint(decoder);
    return;
  }
  if (info & HAS_ORIGIN) skipId(decoder);
  if (info & HAS_RIGHT_ORIGIN) skipId(decoder);
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // Neither origin: the parent is written, as a root type's name or an item's id.
    if (decoding.readVarUint(decoder) === 1) skipString(decoder);
    else skipId(decoder);
    if (info & HAS_PARENT_SUB) skipString(decoder);
  }
  skipContent(decoder, content);
}

function skipContent(decoder: decoding.Decoder, content: number): void {
  switch (content) {
    case Content.Deleted:
      decoding.readVarUint(decoder);
      return;
    case Content.Json: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) {
        const json = readString(decoder);
        if (json !== 'undefined') JSON.parse(json);
      }
      return;
    }
    case Content.Binary:
      skipBytes(decoder);
      return;
    case Content.String:
      skipString(decoder);
      return;
    case Content.Embed:
      JSON.parse(readString(decoder));
      return;
    case Content.Format:
      skipString(decoder);
      JSON.parse(readString(decoder));
      return;
    case Content.Type: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE_REF) throw new InvalidUpdateError(`unknown type ${typeRef}`);
      if (typeRef === 3 || typeRef === 5) skipString(decoder);
      return;
    }
    case Content.Any: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) decoding.readAny(decoder);
      return;
    }
    case Content.Doc: {
      skipString(decoder);
      // yjs reads the options' properties: null or undefined make it throw.
      if (decoding.readAny(decoder) == null) throw new InvalidUpdateError('subdocument without options');
      return;
    }
    default:
      throw new InvalidUpdateError(`unknown content ${content}`);
  }
}

function skipId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
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
function skipString(decoder: decoding.Decoder): void {
  if (!isUtf8(skipBytes(decoder))) throw new InvalidUpdateError('invalid UTF-8');
}
