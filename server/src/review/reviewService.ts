import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import { META_MAP, writeMeta } from '../../../shared/model/meta';
import { writeParticipants } from '../../../shared/model/participants';
import { checkedBody } from '../../../shared/schema/bodyContent';
import { BODY_FRAGMENT } from '../../../shared/schema/extensions';
import { newId } from '../auth/secrets';
import type { Relay } from '../relay/relay';
import type { Room } from '../relay/room';
import type { DocumentStore, Validation } from '../storage/documentStore';
import type { ReviewStore, VersionKind, VersionRecord } from '../storage/reviewStore';
import { type DocumentContent, contentHash, contentOf } from '../../../shared/review/documentContent';
import { docAtSnapshot, takeSnapshot } from './versionSnapshot';
import { collectSuggestions } from '../../../shared/suggestions/collectSuggestions';
import { PendingSuggestionsError } from './pendingSuggestionsError';
import type { AssociationApproval } from '../../../shared/review/approvalStates';
import { isUnanimous, validationApprovals } from '../../../shared/review/unanimity';
import { NotUnanimousError } from './notUnanimousError';
import { frozenAnnexesOf } from '../annexes/frozenAnnexes';
import type { AnnexStore } from '../storage/annexStore';
import { withGuillemetSpaces } from '../../../shared/text/guillemetSpaces';

export interface ValidationRequest {
  meetingDate: string;
  note: string | null;
  confirmWithoutUnanimity: boolean;
}

/** Raised when the document disappeared between the rights check and the work. */
export class MissingDocumentError extends Error {}

/**
 * Versions, restore, validation and reopening. Everything reads the document through
 * the relay, once all accepted updates are stored, so a version is exactly what every
 * client has; and everything it changes goes through the relay's write path.
 */
export class ReviewService {
  constructor(
    private readonly relay: Relay,
    private readonly documents: DocumentStore,
    private readonly review: ReviewStore,
    /** Where the annexes the validation freezes are read (N4). */
    private readonly annexes?: Pick<AnnexStore, 'get'>,
  ) {}

  async current(documentId: string): Promise<DocumentContent & { hash: string }> {
    const content = await this.use(documentId, (doc) => contentOf(doc));
    return { ...content, hash: contentHash(content) };
  }

  async recordVersion(documentId: string, label: string, kind: VersionKind, userId: string): Promise<VersionRecord> {
    const captured = await this.use(documentId, (doc) => ({ snapshot: takeSnapshot(doc), content: contentOf(doc) }));
    return this.saveVersion(documentId, captured, label, kind, userId);
  }

  async readVersion(documentId: string, versionId: string): Promise<(DocumentContent & { version: VersionRecord }) | undefined> {
    const stored = await this.review.getVersion(documentId, versionId);
    if (!stored) return undefined;
    const content = await this.use(documentId, (doc) => {
      const past = docAtSnapshot(doc, stored.snapshot);
      try {
        return contentOf(past);
      } finally {
        past.destroy();
      }
    });
    return { ...content, version: stored.version };
  }

  /**
   * Writes a past version forward as new edits (never by replacing the stored state:
   * other replicas would push the old state back). Unchanged parts stay untouched.
   */
  async restore(documentId: string, versionId: string, userId: string): Promise<VersionRecord | undefined> {
    const target = await this.readVersion(documentId, versionId);
    if (!target) return undefined;
    const body = checkedBody(target.content);
    // The text being replaced stays in the history, so a restore can itself be undone.
    await this.recordVersion(documentId, `Avant la restauration de « ${target.version.label} »`, 'automatic', userId);
    // Before the text is replaced (R29): an offline copy connecting from now on is refused, and one
    // that connected just before had its edits merged in time for the restore to replace them too.
    await this.documents.bumpEpoch(documentId);
    await this.use(documentId, (doc) => {
      doc.transact(() => {
        updateYFragment(doc, doc.getXmlFragment(BODY_FRAGMENT), body, { mapping: new Map(), isOMark: new Map() });
        const cleared = Object.fromEntries([...doc.getMap(META_MAP).keys()].map((key) => [key, '']));
        writeMeta(doc, { ...cleared, ...target.meta });
        writeParticipants(doc, target.participants);
      }, 'restore');
    });
    return this.recordVersion(documentId, `Restauration de « ${target.version.label} »`, 'restore', userId);
  }

  /**
   * Freezes the exact current text as the validated version (W4). `approvalsOf` tells how
   * each association present stands on that very text; without unanimity the coordination
   * must have confirmed (W11), and the record keeps the list either way.
   */
  async validate(
    documentId: string,
    request: ValidationRequest,
    userId: string,
    approvalsOf: (content: DocumentContent, hash: string) => AssociationApproval[],
  ): Promise<Validation> {
    const captured = await this.use(documentId, (doc, room) => {
      const content = contentOf(doc);
      // The adopted text must be exactly what was decided: no proposal left open (W9).
      const pending = collectSuggestions(checkedBody(content.content)).length;
      if (pending > 0) throw new PendingSuggestionsError(pending);
      const rows = approvalsOf(content, contentHash(content));
      if (!isUnanimous(rows) && !request.confirmWithoutUnanimity) throw new NotUnanimousError(validationApprovals(rows));
      room.frozen = true;
      return { snapshot: takeSnapshot(doc), content, rows };
    });
    try {
      const { meetingDate, note } = request;
      const annexes = this.annexes ? await frozenAnnexesOf(this.annexes, documentId, captured.content.content) : [];
      const version = await this.saveVersion(documentId, captured, `Version validée (réunion du ${frenchLongDate(meetingDate) ?? meetingDate})`, 'validation', userId);
      const validation: Validation = {
        meetingDate,
        note,
        versionId: version.id,
        validatedAt: version.createdAt,
        validatedBy: userId,
        approvals: validationApprovals(captured.rows),
        withoutUnanimity: !isUnanimous(captured.rows),
        ...(annexes.length > 0 ? { annexes } : {}),
      };
      await this.documents.setStatus(documentId, 'validated', validation);
      await this.relay.setFrozen(documentId, true);
      return validation;
    } catch (error) {
      await this.relay.setFrozen(documentId, false);
      throw error;
    }
  }

  async reopen(documentId: string, reason: string, userId: string): Promise<void> {
    await this.documents.setStatus(documentId, 'draft', null);
    await this.relay.setFrozen(documentId, false);
    await this.recordVersion(documentId, `Réouverture : ${reason}`, 'reopen', userId);
  }

  private async saveVersion(
    documentId: string,
    captured: { snapshot: Uint8Array; content: DocumentContent },
    label: string,
    kind: VersionKind,
    userId: string,
  ): Promise<VersionRecord> {
    const version: VersionRecord = {
      id: newId(),
      documentId,
      // Every label, composed here (« Restauration de « … » ») or typed, is stored with the
      // no-break spaces French wants inside guillemets, so no list or export has to fix it.
      label: withGuillemetSpaces(label),
      kind,
      hash: contentHash(captured.content),
      createdAt: new Date().toISOString(),
      createdBy: userId,
    };
    await this.review.createVersion(version, captured.snapshot);
    return version;
  }

  private async use<T>(documentId: string, read: (doc: Y.Doc, room: Room) => T): Promise<T> {
    const used = await this.relay.withDocument(documentId, read);
    if (!used) throw new MissingDocumentError(documentId);
    return used.result;
  }
}
