import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBodyContent } from '../shared/schema/bodyContent';
import { fullConfig, tinyConfig } from './benchConfig';
import { editsPerWriter, runFanOut } from './scenarios/fanOut';
import { runColdOpen } from './scenarios/coldOpen';
import { runIdleDocuments } from './scenarios/idleDocuments';
import { buildMinutesDocument } from './scenarios/minutesDocument';
import { allTargets } from './targets/allTargets';
import type { RunningTarget } from './targets/target';

// Minutier's relay accepts only a body its editor's schema reads, so the cold-open seed must be one.
it('the cold-open document is a body of 5,000 paragraphs the schema reads', () => {
  const { paragraphs, paragraphChars } = fullConfig.coldOpen;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, buildMinutesDocument(paragraphs, paragraphChars));
  const content = readBodyContent(doc).content as Array<{ type: string }>;
  expect(content).toHaveLength(5_000);
  expect(content.every((node) => node.type === 'paragraph')).toBe(true);
});

/**
 * A correctness run of the benchmark harness, so it cannot rot: tiny scenarios on
 * every target. The scenarios themselves throw when an edit is lost or replicas
 * diverge; nothing here looks at timings.
 */
describe.each(allTargets.map((target) => [target.name, target] as const))('benchmark harness on %s', (_name, target) => {
  let server: RunningTarget;
  beforeAll(async () => {
    server = await target.start();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  // Issue 18: what crosses instances is what the cluster target measures, so each document must be open on both.
  if (target.name === 'minutier-cluster') {
    it('spreads each document\'s clients over both instances', async () => {
      const documentName = await server.createDocument('test-split');
      const hosts = await Promise.all([0, 1, 2, 3].map(async () => new URL((await server.connectionRequest(documentName)).url).host));
      expect(new Set(hosts).size).toBe(2);
      expect(hosts[0]).not.toBe(hosts[1]);
      expect(server.pids).toHaveLength(2);
    });
  }

  it('delivers every edit of a meeting to every replica, which converge', async () => {
    const { meeting } = tinyConfig;
    const result = await runFanOut(server, meeting, 'test-meeting');
    expect(result.editsMade).toBe(editsPerWriter(meeting) * meeting.writersPerDocument);
    expect(result.delaysMs).toHaveLength(result.editsMade * (meeting.clientsPerDocument - 1));
  });

  it('does the same for a coalition of documents', async () => {
    const { coalition } = tinyConfig;
    const result = await runFanOut(server, coalition, 'test-coalition');
    expect(result.delaysMs).toHaveLength(result.editsMade * (coalition.clientsPerDocument - 1));
  });

  // The raw baseline holds no document, so there is nothing to open cold.
  if (target.holdsState) {
    it('opens a seeded document with its whole content', async () => {
      const result = await runColdOpen(server, tinyConfig.coldOpen, 'test-cold-open');
      expect(result.openMs).toHaveLength(tinyConfig.coldOpen.opens);
    });
  }

  if (target.measuresIdleDocuments) {
    it('keeps idle documents open and reads the server memory', async () => {
      const result = await runIdleDocuments(server, tinyConfig.idleDocuments, 'test-idle');
      expect(result.rssAfterBytes).toBeGreaterThan(0);
      // Every bench server answers SIGUSR2 with its memory, so section 4 can break the RSS down (issue 21).
      const { relay, ...parts } = result.breakdown!;
      for (const part of Object.values(parts)) expect(Number.isFinite(part)).toBe(true);
      if (target.name === 'minutier') {
        const { documents } = tinyConfig.idleDocuments;
        expect(relay).toMatchObject({ rooms: documents, connections: documents });
        expect(relay!.heldBytesPerRoom).toBeGreaterThan(0);
      } else {
        expect(relay).toBeUndefined();
      }
    });
  }
});
