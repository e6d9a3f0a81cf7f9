import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { MinutesDocument } from '../../shared/api/minutes';
import type { VersionSummary } from '../../shared/api/review';
import { useApiResource } from '../api/useApiResource';
import type { MinutierEvents } from '../comments/minutierEvents';
import { useMinutierEvents } from '../connection/useMinutierEvents';
import { ApprovalsSection } from './ApprovalsSection';
import { DocumentViewer, type Viewed } from './DocumentViewer';
import { ReopenDialog } from './ReopenDialog';
import { RestoreDialog } from './RestoreDialog';
import { reviewActions } from './reviewActions';
import * as api from './reviewApi';
import { ReviewSubmissions } from './reviewSubmissions';
import { StatusSection } from './StatusSection';
import { usePolledResource } from './usePolledResource';
import { ValidateDialog } from './ValidateDialog';
import { versionName, versionNotice } from './versionLabels';
import { latestStatusVersion } from './statusVersions';
import { liveApprovals } from './liveApprovals';
import { useLiveContentHash } from './useLiveContentHash';
import { VersionsSection } from './VersionsSection';
import '../styles/review.css';
import { deOrganisation } from '../../shared/text/frenchElision';
import { atLeast } from '../../shared/api/roles';
import { PrepareNextMinutes } from '../panels/NextMinutesDialog';
import { AdoptionNotice } from '../panels/AdoptionNotice';
import { announce } from '../a11y/announcer';

export interface ReviewPanelProps {
  documentId: string;
  minutes: MinutesDocument;
  /** The editor's replica: approvals are judged against the text on screen (W10). */
  doc: Y.Doc;
  /** The relay's notices: a `review` event refreshes versions and approvals at once (W10). */
  events: MinutierEvents;
  /** The replica has arrived from the server. */
  loaded: boolean;
  /** Called after an action that changes the document's status or versions, to reload it. */
  onChanged(): void;
}

const REVIEW_EVENT = ['review'] as const;

type Dialog =
  | { kind: 'validate' }
  | { kind: 'reopen' }
  | { kind: 'restore'; version: VersionSummary }
  | ({ kind: 'view' } & Viewed);

/** The review side panel: status, approvals per association, versions, and their dialogs. */
export function ReviewPanel({ documentId, minutes, doc, events, loaded, onChanged }: ReviewPanelProps) {
  const me = useApiResource('me', (signal) => api.getMe(signal));
  const versions = usePolledResource((signal) => api.listVersions(documentId, signal));
  const approvals = usePolledResource((signal) => api.listApprovals(documentId, signal));
  const liveHash = useLiveContentHash(doc, loaded);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // One Idempotency-Key per version, restore or approval submitted: a retry records it once (A17).
  const submissions = useMemo(() => new ReviewSubmissions(documentId), [documentId]);

  // A status move missed while disconnected (no event then): every move records a version
  // (W1), so the page reloads the document when the newest such version changes between polls.
  const seenStatusVersion = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!versions.data) return;
    const latest = latestStatusVersion(versions.data);
    if (seenStatusVersion.current !== undefined && seenStatusVersion.current !== latest) onChanged();
    seenStatusVersion.current = latest;
  }, [versions.data, onChanged]);
  const headingId = useId();

  /** Reads versions and approvals again; the page reloads its own copy of the status itself. */
  const { refresh: refreshVersions } = versions;
  const { refresh: refreshApprovals } = approvals;
  const refreshPanel = useCallback(async () => {
    const [fresh] = await Promise.all([refreshVersions(), refreshApprovals()]);
    if (fresh) seenStatusVersion.current = latestStatusVersion(fresh);
  }, [refreshVersions, refreshApprovals]);
  useMinutierEvents(events, REVIEW_EVENT, () => void refreshPanel());
  // A status reached through a reconnection (validation closes with 4503, W4) has no event.
  const shownStatus = useRef(minutes.status);
  useEffect(() => {
    if (shownStatus.current === minutes.status) return;
    shownStatus.current = minutes.status;
    void refreshPanel();
  }, [minutes.status, refreshPanel]);

  /** Refreshes the panel after an action; `documentChanged` also reloads the page's copy. */
  async function afterAction(message: string, documentChanged: boolean) {
    await refreshPanel();
    setDone(message);
    // A status move is announced by the page, whichever tab is open: said once, not twice.
    if (!documentChanged) announce(message);
    if (documentChanged) onChanged();
  }

  /** Runs a panel action (not one in a dialog, which shows its own errors). */
  async function run(action: () => Promise<unknown>, message: string, documentChanged: boolean): Promise<boolean> {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      await afterAction(message, documentChanged);
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'L’action a échoué.');
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Completes a dialog's action; its errors stay in the dialog, which stays open. */
  async function complete(action: () => Promise<unknown>, message: string) {
    await action();
    setDialog(null);
    await afterAction(message, true);
  }

  if (me.status === 'loading') return <p className="review-panel muted">Chargement…</p>;
  if (me.status === 'error') {
    return (
      <p className="review-panel banner banner--error" role="alert">
        {me.error.message}
      </p>
    );
  }
  const { user } = me.data;
  // The document's effective role: a share can raise the collective role for this compte-rendu.
  const actions = reviewActions({ ...user, role: minutes.role }, minutes.status);
  const approveFor = actions.approveFor;
  const versionList = versions.data ?? [];
  const loadError = versions.error ?? approvals.error;
  const shownApprovals = approvals.data && { ...approvals.data, associations: liveApprovals(approvals.data.associations, liveHash) };

  return (
    <section className="review-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Relecture et validation</h2>
      <p className="review-done">
        {done}
      </p>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {loadError && !error && <p className="review-hint">Actualisation impossible pour l’instant : {loadError.message}</p>}
      <StatusSection
        minutes={minutes}
        actions={actions}
        busy={busy}
        onSetStatus={(status) =>
          void run(
            () => api.setStatus(documentId, status),
            status === 'review' ? 'Le compte-rendu est en relecture.' : 'Le compte-rendu est revenu en brouillon.',
            true,
          )
        }
        onValidate={() => setDialog({ kind: 'validate' })}
        onReopen={() => setDialog({ kind: 'reopen' })}
      />
      {minutes.status === 'validated' && <AdoptionNotice documentId={documentId} />}
      {atLeast(minutes.role, 'secretariat') && <PrepareNextMinutes documentId={documentId} />}
      <ApprovalsSection
        approvals={shownApprovals}
        versions={versionList}
        ownAssociationId={user.associationId}
        approveFor={approveFor}
        busy={busy}
        onApprove={() =>
          approveFor &&
          void run(() => submissions.approve(liveHash), `Texte approuvé au nom ${deOrganisation(approveFor.name)}.`, false)
        }
        onShowChangesSince={(versionId) =>
          setDialog({ kind: 'view', from: versionId, to: 'current', title: 'Ce qui a changé depuis la version que vous avez approuvée' })
        }
      />
      <VersionsSection
        versions={versions.data}
        actions={actions}
        busy={busy}
        onSave={(label) => run(() => submissions.saveVersion(label), versionNotice({ label }, 'enregistrée'), false)}
        onView={(version) => setDialog({ kind: 'view', versionId: version.id, title: `Version «\u00a0${versionName(version)}\u00a0»` })}
        onCompare={(from, to) =>
          setDialog({
            kind: 'view',
            from: from.id,
            to: to?.id ?? 'current',
            title: to ? `Modifications de «\u00a0${versionName(from)}\u00a0» à «\u00a0${versionName(to)}\u00a0»` : `Modifications depuis «\u00a0${versionName(from)}\u00a0»`,
          })
        }
        onRestore={(version) => setDialog({ kind: 'restore', version })}
      />
      {dialog?.kind === 'validate' && (
        <ValidateDialog
          approvals={shownApprovals?.associations}
          onValidate={(request) => complete(() => api.validateMinutes(documentId, request), 'Le compte-rendu est validé.')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'reopen' && (
        <ReopenDialog
          onReopen={(reason) => complete(() => api.reopenMinutes(documentId, reason), 'Le compte-rendu est rouvert.')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'restore' && (
        <RestoreDialog
          version={dialog.version}
          onRestore={() =>
            complete(() => submissions.restoreVersion(dialog.version.id), versionNotice(dialog.version, 'restaurée'))
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'view' && <DocumentViewer documentId={documentId} viewed={dialog} onClose={() => setDialog(null)} />}
    </section>
  );
}
