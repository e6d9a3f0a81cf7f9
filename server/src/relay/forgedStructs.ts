import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/** The shared types the model is made of (M1): anything else is foreign to it. */
const MODEL_TYPES: ReadonlySet<unknown> = new Set([Y.Array, Y.Map, Y.XmlElement, Y.XmlText]);

/**
 * Rewrites an update with every struct that no document of ours can hold turned into
 * garbage of the same length (a GC struct, as Yjs' own garbage collection leaves): an
 * item hanging on itself or on a later item of its own client (Yjs throws on it), and
 * content the model never uses (JSON, binary, embeds, subdocuments, other shared
 * types). Clocks stay as they were, so whoever holds the items deletes them on sync.
 * Throws when the bytes are not an update.
 */
export function withoutForgedStructs(update: Uint8Array): Uint8Array {
  const { structs, ds } = Y.decodeUpdate(update);
  // Runs of consecutive structs of one client, as the update lists them.
  const runs: Struct[][] = [];
  for (const struct of structs) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const kept = isForged(struct) ? new Y.GC(struct.id, struct.length) : struct;
    if (run && last && last.id.client === struct.id.client && last.id.clock + last.length === struct.id.clock) run.push(kept);
    else runs.push([kept]);
  }
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, runs.length);
  for (const run of runs) {
    encoding.writeVarUint(encoder.restEncoder, run.length);
    encoder.writeClient(run[0]!.id.client);
    encoding.writeVarUint(encoder.restEncoder, run[0]!.id.clock);
    for (const struct of run) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size);
  for (const [client, ranges] of ds.clients) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}

function isForged(struct: Struct): boolean {
  if (!(struct instanceof Y.Item)) return false;
  const { client, clock } = struct.id;
  const ahead = (ref: unknown) => ref instanceof Y.ID && ref.client === client && ref.clock >= clock;
  if (ahead(struct.origin) || ahead(struct.rightOrigin) || ahead(struct.parent)) return true;
  const { content } = struct;
  if (content instanceof Y.ContentType) return !MODEL_TYPES.has(content.type.constructor);
  return !(content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentAny || content instanceof Y.ContentDeleted);
}
