import { CloseCode } from '../../../shared/protocol/closeCodes';
import { MessageType, SyncType } from '../../../shared/protocol/messages';
import { type FrameVerdict, judgeFrame } from './frameVerdict';
import type { FuzzFrame } from './fuzzFrames';
import type { RawSocket } from './rawSocket';

/** What the hostile sockets of a run sent and saw. */
export interface HostileTally {
  sentByKind: Map<string, number>;
  closesByCode: Map<number, number>;
  /** Frames whose answer broke R6 or R8, described; `maxViolations` at most. */
  violations: string[];
  violationCount: number;
}

export const newTally = (): HostileTally => ({ sentByKind: new Map(), closesByCode: new Map(), violations: [], violationCount: 0 });

export interface HostileOptions {
  /** Opens a fresh socket to the document with an account's credential. */
  open: (token: string) => RawSocket;
  /**
   * The credential of the `index`th account this sender may use. The relay holds an
   * account off a document after a few refused updates (R6: 4429); the sender then
   * goes on with the next account.
   */
  account: (index: number) => Promise<string>;
  next: () => FuzzFrame;
  frames: number;
  tally: HostileTally;
  /** How long the relay may take to answer one frame (greeting, pong or close). */
  answerTimeoutMs: number;
  /** Called after each frame is answered, e.g. to let honest clients type. */
  afterFrame?: () => void;
}

const maxViolations = 20;
/** An account is held off only after its own refusals: fresh ones refused at once mean the relay refuses everyone. */
const maxHeldOffInARow = 20;
/** A refused frame closes its connection with 4400, or 4429 once its account is held off (R6). */
const refusalCodes = new Set<number>([CloseCode.malformedFrame, CloseCode.tooManyMessages]);
type Answer = { kind: 'open' } | { kind: 'closed'; code: number } | { kind: 'silent' };

/**
 * Sends `frames` hostile frames one at a time and reopens the socket whenever the relay
 * closes it. Each frame is followed by a ping: the relay handles a socket's frames in
 * order, so a pong means it took the frame and kept the connection, a close means it
 * refused it. A second ping after the first pong catches a refusal decided in the
 * microtask after the frame. Rejects when the relay cannot be reached any more.
 */
export async function sendHostileFrames(options: HostileOptions): Promise<void> {
  const { tally } = options;
  let raw: RawSocket | undefined;
  let account = 0;
  try {
    for (let sent = 0; sent < options.frames; sent++) {
      for (let heldOff = 0; !raw; heldOff++) {
        if (heldOff === maxHeldOffInARow) throw new Error(`the relay held off ${heldOff} accounts in a row as they connected`);
        const opened = await openGreeted(options, await options.account(account));
        if (opened === 'heldOff') {
          count(tally.closesByCode, CloseCode.tooManyMessages);
          account++;
        } else raw = opened;
      }
      const frame = options.next();
      const verdict = judgeFrame(frame.data);
      raw.socket.send(frame.data, { binary: typeof frame.data !== 'string' });
      count(tally.sentByKind, frame.kind);
      let answer = await probe(raw, options.answerTimeoutMs);
      if (answer.kind === 'open') answer = await probe(raw, options.answerTimeoutMs);
      const problem = breach(verdict, answer);
      if (problem) violation(tally, `${frame.kind} (${hex(frame.data)}): ${problem}`);
      if (answer.kind !== 'open') {
        if (answer.kind === 'closed') count(tally.closesByCode, answer.code);
        if (answer.kind === 'closed' && answer.code === CloseCode.tooManyMessages) account++;
        raw.socket.terminate();
        raw = undefined;
      }
      options.afterFrame?.();
    }
  } finally {
    raw?.socket.close();
  }
}

function breach(verdict: FrameVerdict, answer: Answer): string | undefined {
  if (answer.kind === 'silent') return 'no pong and no close: the relay stopped answering';
  if (answer.kind === 'closed' && !refusalCodes.has(answer.code)) return `closed with ${answer.code}, neither 4400 nor 4429`;
  if (verdict === 'malformed' && answer.kind === 'open') return 'R6: malformed, yet the connection stayed open';
  if (verdict === 'unknownType' && answer.kind === 'closed') return 'R8: unknown message type, yet the connection was closed';
  return undefined;
}

/**
 * Opens a socket and waits for the relay's sync step 1: the document is loaded and
 * frames are handled at once. `heldOff` when the relay refuses the account (4429).
 */
async function openGreeted(options: HostileOptions, token: string): Promise<RawSocket | 'heldOff'> {
  const raw = options.open(token);
  const greeted = new Promise<void>((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] !== MessageType.sync || data[1] !== SyncType.step1) return;
      raw.socket.off('message', onMessage);
      resolve();
    };
    raw.socket.on('message', onMessage);
  });
  const outcome = await within(
    Promise.race([raw.opened.then(() => greeted).then(() => 'greeted' as const), raw.closed.then(({ code }) => code)]),
    options.answerTimeoutMs,
  );
  if (outcome === 'greeted') return raw;
  raw.socket.terminate();
  if (outcome === CloseCode.tooManyMessages) return 'heldOff';
  throw new Error(outcome === undefined ? 'the relay did not greet a new connection in time' : `the relay closed a new connection with ${outcome}`);
}

async function probe(raw: RawSocket, timeoutMs: number): Promise<Answer> {
  const closed = raw.closed.then(({ code }): Answer => ({ kind: 'closed', code }));
  if (raw.socket.readyState !== raw.socket.OPEN) return (await within(closed, timeoutMs)) ?? { kind: 'silent' };
  let onPong = () => {};
  const ponged = new Promise<Answer>((resolve) => (onPong = () => resolve({ kind: 'open' })));
  raw.socket.once('pong', onPong);
  raw.socket.ping();
  const answer = await within(Promise.race([ponged, closed]), timeoutMs);
  raw.socket.off('pong', onPong);
  return answer ?? { kind: 'silent' };
}

/** `promise`'s value, or undefined once `ms` have passed. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** `create`d values, made on first use and kept: `(index) => the index-th value`. */
export function lazyList<T>(create: () => Promise<T>): (index: number) => Promise<T> {
  const made: Array<Promise<T>> = [];
  return (index) => {
    while (made.length <= index) made.push(create());
    return made[index]!;
  };
}

function count<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function violation(tally: HostileTally, description: string): void {
  tally.violationCount++;
  if (tally.violations.length < maxViolations) tally.violations.push(description);
}

function hex(data: Uint8Array | string): string {
  if (typeof data === 'string') return `text ${JSON.stringify(data.slice(0, 16))}`;
  const shown = Buffer.from(data.subarray(0, 24)).toString('hex');
  return data.length > 24 ? `${shown}… ${data.length} bytes` : shown;
}
