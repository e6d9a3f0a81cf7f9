import * as encoding from 'lib0/encoding';
import { AuthType, MessageType, SyncType } from '../../../shared/protocol/messages';
import { forgeries, forgeryNames } from './forgedUpdates';
import { type Random, seededRandom } from './seededRandom';
import { SourceEditor } from './sourceEditor';

/** One frame a hostile client sends: binary, or a text frame when `data` is a string. */
export interface FuzzFrame {
  /** `valid:update`, `mutated:bitFlip`, `forged:selfOrigin`, `text`…: what the figures count. */
  kind: string;
  data: Uint8Array | string;
}

const families = { valid: 30, mutated: 45, forged: 20, text: 5 };
const validKinds = { update: 30, syncStep2: 12, syncStep1: 10, awareness: 18, queryAwareness: 10, auth: 8, unknownType: 12 };
const mutationKinds = { bitFlip: 25, insertBytes: 15, deleteBytes: 15, truncate: 20, varintBlowup: 10, splice: 15 };
/** Frames to mutate are drawn from the last ones made, valid and forged alike. */
const POOL_SIZE = 32;
const texts = ['', 'bonjour', '{"type":"sync","update":[0,2,1]}', '\u0000\u0001\u0002', '<script>alert(1)</script>', 'é'.repeat(2_000)];

/**
 * A seeded stream of hostile frames of every message type: valid ones made by a real
 * Y.Doc editing the body (`SourceEditor`), the same mutated (bit flips, inserted and
 * deleted bytes, truncation, varint blow-ups, splices of two frames), hand-made
 * forgeries (`forgedUpdates`) sent as update or sync step 2, and text frames.
 */
export class FuzzFrames {
  private readonly random: Random;
  private readonly source: SourceEditor;
  private readonly pool: Uint8Array[] = [];
  private awarenessClock = 0;

  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.source = new SourceEditor(this.random);
  }

  next(): FuzzFrame {
    const family = this.random.weighted(families);
    if (family === 'text') return { kind: 'text', data: this.random.pick(texts) };
    if (family === 'mutated' && this.pool.length > 0) return this.mutated();
    const frame = family === 'forged' ? this.forged() : this.valid();
    this.remember(frame.data as Uint8Array);
    return frame;
  }

  destroy(): void {
    this.source.destroy();
  }

  private valid(): FuzzFrame {
    const kind = this.random.weighted(validKinds);
    return { kind: `valid:${kind}`, data: this.validFrame(kind) };
  }

  private validFrame(kind: keyof typeof validKinds): Uint8Array {
    switch (kind) {
      case 'update':
        return syncFrame(SyncType.update, this.source.edit());
      case 'syncStep2':
        return syncFrame(SyncType.step2, this.source.state());
      case 'syncStep1':
        return syncFrame(SyncType.step1, this.source.stateVector());
      case 'awareness':
        return frame(MessageType.awareness, (e) => encoding.writeVarUint8Array(e, this.awarenessUpdate()));
      case 'queryAwareness':
        return frame(MessageType.queryAwareness, () => undefined);
      case 'auth':
        return frame(MessageType.auth, (e) => {
          encoding.writeVarUint(e, AuthType.permissionDenied);
          encoding.writeVarString(e, 'laissez-moi écrire');
        });
      case 'unknownType':
        return frame(this.random.pick([4, 5, 99, 100, 127, 128, 1_000, 2 ** 31]), (e) =>
          encoding.writeUint8Array(e, this.random.bytes(this.random.int(0, 16))),
        );
    }
  }

  /** y-protocols' awareness encoding: one client, its clock, its state as JSON (null when it leaves). */
  private awarenessUpdate(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, this.random.chance(0.8) ? this.source.clientId : this.random.clientId());
    encoding.writeVarUint(encoder, ++this.awarenessClock);
    const state = this.random.chance(0.1) ? null : { user: { name: 'Intrus', association: 'Aucune' }, cursor: null };
    encoding.writeVarString(encoder, JSON.stringify(state));
    return encoding.toUint8Array(encoder);
  }

  private forged(): FuzzFrame {
    const name = this.random.pick(forgeryNames);
    const update = forgeries[name](this.random);
    return { kind: `forged:${name}`, data: syncFrame(this.random.chance(0.7) ? SyncType.update : SyncType.step2, update) };
  }

  private mutated(): FuzzFrame {
    const kind = this.random.weighted(mutationKinds);
    const base = this.random.pick(this.pool);
    return { kind: `mutated:${kind}`, data: this.mutate(kind, base) };
  }

  private mutate(kind: keyof typeof mutationKinds, base: Uint8Array): Uint8Array {
    const { random } = this;
    const at = random.int(0, base.length);
    switch (kind) {
      case 'bitFlip': {
        const flipped = base.slice();
        for (let flips = random.int(1, 3); flips > 0; flips--) {
          const index = random.int(0, flipped.length - 1);
          flipped[index] = flipped[index]! ^ (1 << random.int(0, 7));
        }
        return flipped;
      }
      case 'insertBytes':
        return concat(base.subarray(0, at), random.bytes(random.int(1, 4)), base.subarray(at));
      case 'deleteBytes':
        return concat(base.subarray(0, at), base.subarray(Math.min(base.length, at + random.int(1, 4))));
      case 'truncate':
        return base.slice(0, random.int(0, base.length - 1));
      case 'varintBlowup': {
        // Continuation bits on every byte: a number past 2^53, or a length far past the frame.
        const blowup = new Uint8Array(random.int(4, 11)).fill(0xff);
        blowup[blowup.length - 1] = random.int(1, 0x7f);
        return concat(base.subarray(0, at), blowup, base.subarray(Math.min(base.length, at + 1)));
      }
      case 'splice': {
        const other = random.pick(this.pool);
        return concat(base.subarray(0, at), other.subarray(random.int(0, other.length)));
      }
    }
  }

  private remember(data: Uint8Array): void {
    if (this.pool.length === POOL_SIZE) this.pool.splice(this.random.int(0, POOL_SIZE - 1), 1);
    this.pool.push(data);
  }
}

function frame(messageType: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const syncFrame = (syncType: number, payload: Uint8Array): Uint8Array =>
  frame(MessageType.sync, (e) => {
    encoding.writeVarUint(e, syncType);
    encoding.writeVarUint8Array(e, payload);
  });

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
