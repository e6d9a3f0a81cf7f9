import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { bodyText } from './bodyText';
import { type CollabClient, connectClient, synced } from './collabClient';

/** What two replicas of a document must agree on: the body's words and the state vector. */
export interface ReplicaState {
  text: string;
  stateVector: string;
}

export const replicaState = (doc: Y.Doc): ReplicaState => ({
  text: bodyText(doc),
  stateVector: JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b)),
});

/** How `actual` (e.g. the stored document) differs from `expected` (e.g. the honest clients'); empty when it does not. */
export function replicaDifferences(expected: ReplicaState, actual: ReplicaState, what: string): string[] {
  const differences: string[] = [];
  if (actual.text !== expected.text) differences.push(`${what}: another body text`);
  if (actual.stateVector !== expected.stateVector) differences.push(`${what}: another state vector`);
  return differences;
}

/**
 * Stock y-websocket clients typing numbered words into one document while others
 * attack it, and what they prove: every word reaches every client, and the clients
 * agree with each other and with what is stored.
 */
export class HonestWriters {
  /** Every word typed so far, in order. */
  readonly typed: string[] = [];
  /** Codes of the closes the relay sent them (R6: a hostile frame closes only its own connection). */
  readonly closes: Array<number | undefined> = [];
  private readonly runs = new Map<CollabClient, Y.XmlText>();

  readonly clients: CollabClient[];

  /** Connects one client per token, each with that account's rights. */
  constructor(collabUrl: string, documentId: string, tokens: readonly string[]) {
    this.clients = tokens.map((token) => connectClient(collabUrl, documentId, token));
    for (const client of this.clients) client.provider.on('connection-close', (event) => this.closes.push(event?.code));
  }

  synced(): Promise<void> {
    return Promise.all(this.clients.map(synced)).then(() => undefined);
  }

  /** The next client, in turn, types the next word. */
  typeNext(): void {
    const word = `[honnête ${this.typed.length}]`;
    this.typeInOwnParagraph(this.clients[this.typed.length % this.clients.length]!, word);
    this.typed.push(word);
  }

  /** What keeps them from holding every word typed and the same document (empty once they do). */
  convergenceProblems(): string[] {
    const reference = this.state();
    return this.clients.flatMap((client, index) => {
      const text = client.text();
      const missing = this.typed.filter((word) => !text.includes(word));
      return [
        ...(missing.length > 0 ? [`client ${index} lacks ${missing.length} of ${this.typed.length} words, the first ${missing[0]}`] : []),
        ...replicaDifferences(reference, replicaState(client.doc), `client ${index} against client 0`),
      ];
    });
  }

  /** The document as the first client holds it. */
  state(): ReplicaState {
    return replicaState(this.clients[0]!.doc);
  }

  destroy(): void {
    for (const client of this.clients) client.destroy();
  }

  /**
   * Hostile writers may delete their own paragraphs, so each client types in a paragraph
   * of its own, created at the start of the body with its first word, rather than in
   * whichever paragraph comes last.
   */
  private typeInOwnParagraph(client: CollabClient, text: string): void {
    const run = this.runs.get(client);
    if (run) return run.insert(run.length, text);
    const created = new Y.XmlText(text);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [created]);
    client.doc.getXmlFragment(BODY_FRAGMENT).insert(0, [paragraph]);
    this.runs.set(client, created);
  }
}
