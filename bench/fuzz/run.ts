import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../shared/api/roles';
import { FuzzFrames } from '../../server/src/testing/fuzzFrames';
import { HonestWriters, type ReplicaState, replicaDifferences, replicaState } from '../../server/src/testing/honestWriters';
import { lazyList, newTally, sendHostileFrames } from '../../server/src/testing/hostileSocket';
import { openRawSocket } from '../../server/src/testing/rawSocket';
import { readStoredDocuments, storedDocumentProblems } from '../../server/src/testing/storedDocuments';
import { sampleProcess } from '../metrics/procStats';
import { ChildServer } from '../targets/childServer';
import { benchAdminEnv, obtainApiToken } from '../targets/minutierAccess';
import { waitUntil, withTimeout } from '../timing';
import { createFuzzAccount, createFuzzDocument } from './fuzzAccounts';
import { HealthWatch } from './healthWatch';
import { printFuzzReport } from './report';

const frames = Number(process.env.FUZZ_FRAMES ?? 200_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
/**
 * A fresh document every so many frames: what the fuzzer gets accepted stays small, and
 * the relay's budget of refusals per account and document starts over.
 */
const FRAMES_PER_DOCUMENT = 1_000;
/** One hostile socket per role, in parallel. */
const hostileRoles: Role[] = ['member', 'reader', 'secretariat', 'coordination'];
const FRAMES_PER_WORD = 40;
const answerTimeoutMs = 10_000;
const convergenceTimeoutMs = 30_000;

/**
 * `npm run fuzz`: FUZZ_FRAMES (200,000) seeded hostile frames against the real server
 * process, while honest stock clients type in the attacked document, then checks what
 * the server stored once it is stopped. Exits non-zero on any breach.
 */
async function main(): Promise<boolean> {
  const startedAt = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), 'minutier-fuzz-'));
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_CONTENT: 'false', LOG_LEVEL: 'error', ...benchAdminEnv };
  const server = await ChildServer.start('minutier', 'server/src/main.ts', env);
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const collabUrl = `ws://127.0.0.1:${server.port}/collab`;
  const health = new HealthWatch(baseUrl);
  const tally = newTally();
  const honestStates = new Map<string, ReplicaState>();
  const convergenceProblems: string[] = [];
  let framesSent = 0;
  let accountsCreated = 0;
  let abortedBy: string | undefined;
  let usage = { cpuSeconds: 0, rssBytes: 0, peakRssBytes: 0 };
  try {
    const adminToken = await obtainApiToken(`127.0.0.1:${server.port}`);
    if (!adminToken) throw new Error('the server has no sign-in: it cannot be fuzzed with accounts');
    // Each socket keeps its accounts from one document to the next: the relay's budget is per document.
    const accounts = hostileRoles.map((role) =>
      lazyList(() => {
        accountsCreated++;
        return createFuzzAccount(baseUrl, adminToken, role);
      }),
    );
    health.start();
    for (let round = 0; round * FRAMES_PER_DOCUMENT < frames && !abortedBy; round++) {
      const documentId = await createFuzzDocument(baseUrl, adminToken, `Fuzz ${round}`);
      const share = Math.ceil(Math.min(FRAMES_PER_DOCUMENT, frames - round * FRAMES_PER_DOCUMENT) / hostileRoles.length);
      const honest = new HonestWriters(collabUrl, documentId, [adminToken, adminToken]);
      try {
        await withTimeout(honest.synced(), convergenceTimeoutMs, 'the honest clients’ first sync');
        await Promise.all(
          hostileRoles.map(async (_role, slot) => {
            const generator = new FuzzFrames(seed + round * hostileRoles.length + slot);
            try {
              await sendHostileFrames({
                open: (token) => openRawSocket(collabUrl, documentId, { token }),
                account: accounts[slot]!,
                next: () => generator.next(),
                frames: share,
                tally,
                answerTimeoutMs,
                afterFrame: () => ++framesSent % FRAMES_PER_WORD === 0 && honest.typeNext(),
              });
            } finally {
              generator.destroy();
            }
          }),
        );
        // A last word goes through the relay after every hostile frame was handled: once
        // every client has it, they hold everything the relay accepted before.
        honest.typeNext();
        const converged = await waitUntil(() => honest.convergenceProblems().length === 0, convergenceTimeoutMs);
        if (converged) honestStates.set(documentId, honest.state());
        else convergenceProblems.push(...honest.convergenceProblems().map((problem) => `${documentId}: ${problem}`));
        convergenceProblems.push(...honest.closes.map((code) => `${documentId}: an honest client was closed with ${code}`));
      } catch (error) {
        abortedBy = `${(error as Error).message} (round ${round})`;
      } finally {
        honest.destroy();
      }
      server.assertAlive();
    }
  } catch (error) {
    abortedBy ??= (error as Error).message;
  } finally {
    await health.stop();
    const alive = isAlive(server);
    if (alive) usage = sampleProcess(server.pid);
    await server.stop();
    if (!alive) abortedBy = `the server exited: ${server.output().slice(-2_000)}`;
  }

  const stored = readStoredDocuments(join(dataDir, 'minutier.sqlite'));
  const storedProblems = stored.flatMap((document) => [
    ...storedDocumentProblems(document),
    ...(honestStates.has(document.id) ? replicaDifferences(honestStates.get(document.id)!, replicaState(document.doc), `${document.id} stored against its honest clients`) : []),
  ]);
  await rm(dataDir, { recursive: true, force: true });
  return printFuzzReport({
    seed,
    framesWanted: frames,
    tally,
    accountsCreated,
    abortedBy,
    health: health.summary(),
    documents: stored.length,
    honestDocuments: honestStates.size,
    convergenceProblems,
    storedProblems,
    usage,
    wallSeconds: (performance.now() - startedAt) / 1000,
  });
}

function isAlive(server: ChildServer): boolean {
  try {
    server.assertAlive();
    return true;
  } catch {
    return false;
  }
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
