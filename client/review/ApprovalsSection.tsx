import { useId } from 'react';
import type { ApprovalsResponse, VersionSummary } from '../../shared/api/review';
import type { AssociationApproval } from '../../shared/review/approvalStates';
import { useAnnouncedChange } from '../a11y/announcerChange';
import { useOptionalMe } from '../auth/meContext';
import { approvalAnnouncement } from './approvalAnnouncement';
import { approvalStateLabel } from './approvalLabels';
import { deOrganisation } from '../../shared/text/frenchElision';

interface ApprovalsSectionProps {
  approvals: ApprovalsResponse | undefined;
  versions: VersionSummary[];
  /** The user's own association, whose approval they give and follow. */
  ownAssociationId: string | null;
  /** Set while the user may approve now (in review, with an association). */
  approveFor: { id: string; name: string } | null;
  busy: boolean;
  onApprove(): void;
  /** Opens the comparison from the version the user's association approved to now. */
  onShowChangesSince(versionId: string): void;
}

const stateIcons: Record<AssociationApproval['state'], string> = { none: '○', current: '✓', stale: '!' };

/** The associations present at the meeting and whether each approved the current text (W3). */
export function ApprovalsSection(props: ApprovalsSectionProps) {
  const { approvals, versions, ownAssociationId, approveFor, busy, onApprove, onShowChangesSince } = props;
  const headingId = useId();
  const rows = approvals?.associations ?? [];
  const own = rows.find((row) => row.associationId !== null && row.associationId === ownAssociationId);
  const staleApproval = own?.state === 'stale' ? own.approval : null;
  const ownUserId = useOptionalMe()?.user.id ?? null;
  useAnnouncedChange(approvals?.associations, (before, after) => (before && after ? approvalAnnouncement(before, after, ownUserId) : null));
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Approbations</h3>
      {!approvals && <p className="muted">Chargement des approbations…</p>}
      {approvals && rows.length === 0 && (
        <p className="review-hint">Aucune association n’est indiquée comme présente dans la liste des participants.</p>
      )}
      {rows.length > 0 && (
        <ul className="review-approvals">
          {rows.map((row) => (
            <li key={row.associationId ?? row.organisation} className="review-approval" data-state={row.state}>
              <span className="review-approval__organisation">{row.organisation}</span>
              <span className="review-approval__state">
                <span className="review-approval__icon" aria-hidden="true">
                  {stateIcons[row.state]}
                </span>
                {approvalStateLabel(row, versions)}
              </span>
              {row.associationId === null && (
                <span className="review-hint">Aucun compte Minutier n’est rattaché à cette association.</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {staleApproval && (
        <button type="button" className="button" onClick={() => onShowChangesSince(staleApproval.versionId)}>
          Ce qui a changé depuis la version que vous avez approuvée
        </button>
      )}
      {approveFor && approvals && !own && (
        <p className="review-hint">
          {approveFor.name} ne figure pas parmi les associations présentes à cette réunion : elle n’a pas à approuver ce
          texte.
        </p>
      )}
      {approveFor && own && own.state !== 'current' && (
        <div className="review-actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={onApprove}>
            Approuver le texte actuel au nom {deOrganisation(approveFor.name)}
          </button>
        </div>
      )}
    </section>
  );
}
