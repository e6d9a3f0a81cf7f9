import * as Y from 'yjs';
import { newModelDoc } from '../../../shared/model/modelRoots';
import type { UpdateShape } from './checkUpdate';
import { nextTurn } from './frameLine';
import { applyAfterByteChecks, checkApplied, integrateUpdate } from './integrateUpdate';
import { UpdateRefusedError, refuseIf } from './updateRefusedError';

/**
 * The stored document plus what was accepted and is on its way to storage, against which
 * every incoming update is integrated before it is accepted (R23). Built on the first write,
 * not on open: a document only read costs no Y.Doc, and a cold open is answered from the
 * stored bytes (R3). Dropped after a late refusal and built again.
 */
export class AcceptedDocument {
  private doc: Y.Doc | undefined = undefined;
  /** Accepted updates not stored yet, in order: the document holds them, the stored state not yet. */
  private unstored: Uint8Array[] = [];
  /** A large update is applied to `doc` and not judged yet: the document is not the stored one (R28). */
  private judging = false;
  /** Other instances' updates stored while `judging`: the document takes them once judged. */
  private othersWhileJudging: Uint8Array[] = [];

  /** `storedState` is the stored document encoded, to build the document from. */
  constructor(private readonly storedState: () => Uint8Array) {}

  /** The document while it holds exactly what is stored: built, nothing on its way to storage. */
  storedDocument(): Y.Doc | undefined {
    return this.doc && this.unstored.length === 0 && !this.judging ? this.doc : undefined;
  }

  /** Bytes of accepted updates on their way to storage. */
  get unstoredBytes(): number {
    return this.unstored.reduce((sum, update) => sum + update.byteLength, 0);
  }

  /** The document, built from what is stored and what is on its way to storage. */
  document(): Y.Doc {
    if (!this.doc) {
      const doc = newModelDoc();
      Y.applyUpdate(doc, this.storedState());
      for (const update of this.unstored) Y.applyUpdate(doc, update);
      this.doc = doc;
    }
    return this.doc;
  }

  /**
   * Integrates an update into the document, or throws `UpdateRefusedError` and leaves the
   * document as it was: as stored, plus what was accepted and is being stored.
   */
  integrate(update: Uint8Array, shape: UpdateShape): void {
    const refusal = integrateUpdate(this.document(), update, shape);
    if (!refusal) {
      this.unstored.push(update);
      return;
    }
    if (refusal.dirty) this.drop();
    refuseIf(refusal.reason);
  }

  /**
   * Integrates a large update over three turns of the event loop (R28): the update is
   * applied in one, read against the schema in the next, while the room's line holds its
   * other frames.
   */
  async integrateInSteps(update: Uint8Array, shape: UpdateShape): Promise<void> {
    await nextTurn();
    const doc = this.document();
    const applied = applyAfterByteChecks(doc, update, shape);
    if ('reason' in applied) {
      if (applied.dirty) this.drop();
      throw new UpdateRefusedError(applied.reason);
    }
    this.judging = true;
    await nextTurn();
    const refusal = checkApplied(doc, applied);
    this.judging = false;
    for (const update of this.othersWhileJudging.splice(0)) Y.applyUpdate(doc, update);
    if (refusal) {
      this.drop();
      throw new UpdateRefusedError(refusal.reason);
    }
    this.unstored.push(update);
  }

  /** The first `count` accepted updates are stored now. */
  stored(count: number): void {
    this.unstored.splice(0, count);
  }

  /** Another instance's stored update: the document, if built, takes it too. */
  takeOthers(update: Uint8Array): void {
    if (this.doc && this.judging) this.othersWhileJudging.push(update);
    else if (this.doc) Y.applyUpdate(this.doc, update);
  }

  /** After a late refusal the document holds what was refused: the next write builds it again. */
  private drop(): void {
    this.doc?.destroy();
    this.doc = undefined;
  }
}
