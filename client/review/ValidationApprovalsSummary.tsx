import { useId } from 'react';
import type { AssociationApproval } from '../../shared/review/approvalStates';

const groups: ReadonlyArray<{ state: AssociationApproval['state']; title: string }> = [
  { state: 'current', title: 'Ont approuvé ce texte' },
  { state: 'stale', title: 'Ont approuvé une version antérieure, modifiée depuis' },
  { state: 'none', title: 'N’ont pas approuvé' },
];

/** Before validating: who approved this exact text, an older one, or nothing (W11). */
export function ValidationApprovalsSummary({ rows }: { rows: readonly AssociationApproval[] | undefined }) {
  const baseId = useId();
  if (!rows) return <p className="muted">Chargement des approbations…</p>;
  if (rows.length === 0) {
    return <p className="hint">Aucune association n’est indiquée comme présente dans la liste des participants.</p>;
  }
  return (
    <div className="review-validation-approvals">
      {groups.map(({ state, title }) => {
        const names = rows.filter((row) => row.state === state).map((row) => row.organisation);
        if (names.length === 0) return null;
        const headingId = `${baseId}-${state}`;
        return (
          <section key={state} aria-labelledby={headingId} data-state={state}>
            <h3 id={headingId} className="review-validation-approvals__title">
              {title} ({names.length})
            </h3>
            <ul>
              {names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
