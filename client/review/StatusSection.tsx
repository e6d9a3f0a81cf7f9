import { useId, useLayoutEffect, useRef } from 'react';
import { statusLabels, validationStatement } from '../../shared/api/review';
import type { MinutesDocument } from '../../shared/api/minutes';
import type { ReviewActions } from './reviewActions';

interface StatusSectionProps {
  minutes: MinutesDocument;
  actions: ReviewActions;
  busy: boolean;
  onSetStatus(status: 'draft' | 'review'): void;
  onValidate(): void;
  onReopen(): void;
}

const statusHints = {
  draft: 'Le texte est en cours de rédaction.',
  review: 'Les associations présentes relisent et approuvent le texte ; la coordination le valide ensuite.',
  validated: 'Le texte est figé : personne ne peut le modifier tant que la coordination ne l’a pas rouvert.',
} as const;

/** Where the compte-rendu is in its life, and the moves open to the user (W1, W4, W5). */
export function StatusSection({ minutes, actions, busy, onSetStatus, onValidate, onReopen }: StatusSectionProps) {
  const { status, validation } = minutes;
  const headingId = useId();
  const anyAction = actions.toReview || actions.toDraft || actions.validate || actions.reopen;
  const statusLine = useRef<HTMLParagraphElement>(null);
  const shownStatus = useRef(status);
  // The button just pressed (« Passer en relecture », « Valider… ») goes away with the old
  // status: the focus, lost with it, goes to the new status rather than to the page's start.
  useLayoutEffect(() => {
    if (shownStatus.current === status) return;
    shownStatus.current = status;
    if (document.activeElement === document.body || document.activeElement === null) statusLine.current?.focus();
  }, [status]);
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Statut</h3>
      <p className={`review-status review-status--${status}`} data-testid="review-status" ref={statusLine} tabIndex={-1}>
        {statusLabels[status]}
      </p>
      {validation && (
        <div className="review-validation">
          <p className="review-validation__statement">{validationStatement(validation.meetingDate)}</p>
          {validation.note && <p className="review-validation__note">{validation.note}</p>}
        </div>
      )}
      <p className="review-hint">{statusHints[status]}</p>
      {anyAction && (
        <div className="review-actions">
          {actions.toReview && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onSetStatus('review')}>
              Passer en relecture
            </button>
          )}
          {actions.validate && (
            <button type="button" className="button button--primary" disabled={busy} onClick={onValidate}>
              Valider…
            </button>
          )}
          {actions.toDraft && (
            <button type="button" className="button" disabled={busy} onClick={() => onSetStatus('draft')}>
              Revenir en brouillon
            </button>
          )}
          {actions.reopen && (
            <button type="button" className="button" disabled={busy} onClick={onReopen}>
              Rouvrir…
            </button>
          )}
        </div>
      )}
    </section>
  );
}
