import type { AcceptedDocument } from './acceptedDocument';
import type { UpdateShape } from './checkUpdate';
import type { Connection } from './connection';
import { LARGE_UPDATE_BYTES } from './frameLine';
import type { ClientFrame } from './frames';
import { missingContent, modelRefusal } from './integrateUpdate';
import type { SuggestionGuard } from './suggestionGuard';
import { refuseIf } from './updateRefusedError';
import type { WriteChain } from './writeChain';

/** What of its room a client's update is checked against. */
export interface AdmittingRoom {
  /** A validated document accepts no update from anyone (W4). */
  readonly frozen: boolean;
  /** Set while a suggestion-only connection is open (R21). */
  readonly suggestionGuard: SuggestionGuard | undefined;
}

/**
 * Whether a room takes a client's update (R17, R21, R23, R27), and taking it: integrated into
 * the room's accepted document, at once or over several turns for a large one (R28), then
 * put on the write chain.
 */
export class UpdateAdmission {
  constructor(
    private readonly room: AdmittingRoom,
    private readonly accepted: AcceptedDocument,
    private readonly writes: WriteChain,
  ) {}

  /**
   * Checks a client's update and takes it on its way to storage; for a large one, answers
   * the steps that do so (R28). Throws `UpdateRefusedError` for an update refused (R23).
   */
  write(connection: Connection, frame: Extract<ClientFrame, { kind: 'syncStep2' | 'update' }>): Promise<void> | undefined {
    if (frame.shape.empty) return undefined;
    // Checked on every frame: a reader's edits never reach storage or anyone else (R17).
    if (connection.access === 'read' || this.room.frozen) {
      connection.refuseWrite();
      return undefined;
    }
    // What the bytes alone show is refused before anything is applied anywhere (R23).
    refuseIf(modelRefusal(frame.shape));
    const missing = missingContent(this.accepted.document(), frame.shape);
    if (missing && frame.kind === 'update' && connection.aheadOfSync.hold(frame)) return undefined;
    refuseIf(missing);
    // A suggestion-only member's update may change nothing but its own suggestions (R21).
    if (connection.access === 'suggest' && !this.admitsSuggestions(connection, frame.update)) {
      connection.refuseWrite('suggestions only: this edit is not accepted');
      return undefined;
    }
    if (frame.update.byteLength >= LARGE_UPDATE_BYTES) return this.integrateInSteps(connection, frame.update, frame.shape);
    try {
      this.accepted.integrate(frame.update, frame.shape);
    } catch (error) {
      this.refused(connection);
      throw error;
    }
    this.writes.enqueue(frame.update);
    return undefined;
  }

  private admitsSuggestions(connection: Connection, update: Uint8Array): boolean {
    const { userId, signature } = connection.owner;
    if (!this.room.suggestionGuard) return false;
    return this.room.suggestionGuard.admits({ userId, author: signature.name, association: signature.association }, update);
  }

  /** A large update, integrated over several turns (R28), then on its way to storage. */
  private async integrateInSteps(connection: Connection, update: Uint8Array, shape: UpdateShape): Promise<void> {
    try {
      await this.accepted.integrateInSteps(update, shape);
    } catch (error) {
      this.refused(connection);
      throw error;
    }
    this.writes.enqueue(update);
  }

  /** The guard's copy took what the room refused: it is built again from storage on its next check. */
  private refused(connection: Connection): void {
    if (connection.access === 'suggest') this.room.suggestionGuard?.destroy();
  }
}
