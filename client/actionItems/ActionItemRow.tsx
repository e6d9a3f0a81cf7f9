import { type FormEvent, useState } from 'react';
import type { ActionItemPatch, ActionItemView } from '../../shared/api/actionItems';
import { formatMeetingDate } from '../format/formatDate';
import { Link } from '../router/Link';
import { passagePath } from '../search/searchApi';
import { updateActionItem } from './actionItemsApi';
import { ReminderButton } from './ReminderButton';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** « 15 janvier 2014 » for a day, the words as written otherwise (« d’ici la prochaine réunion »). */
const dueLabel = (due: string) => (due === '' ? '—' : ISO_DAY.test(due) ? formatMeetingDate(due) : due);

/**
 * One « À suivre » of the list: its state, and (for those who may write) marking it done or
 * open again and changing its owners and due date, written into the compte-rendu that holds
 * it (SPEC T3), and for the coordination a reminder e-mail on an overdue item (T7). The
 * server's French refusal (validated document, rights) is shown as is.
 */
export function ActionItemRow({
  item,
  canWrite,
  onChanged,
  reminders,
}: {
  item: ActionItemView;
  canWrite: boolean;
  onChanged: () => void;
  /** For the coordination: reminder e-mails, possible only when the server has SMTP (T7). */
  reminders?: { mailConfigured: boolean };
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  async function change(patch: ActionItemPatch) {
    setBusy(true);
    setError(null);
    try {
      await updateActionItem(item.documentId, item.id, patch);
      setEditing(false);
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const label = item.text || '(point sans texte)';
  return (
    <tr className={item.status === 'done' ? 'action-item-row action-item-row--done' : 'action-item-row'}>
      <td>
        <Link to={passagePath(item.documentId, item.id)}>{label}</Link>
        {error && (
          <p role="alert" className="action-item-row__error">
            {error}
            {item.document.validated && (
              <>
                {' '}
                <Link to={`/cr/${item.documentId}`}>Ouvrir le compte-rendu pour préparer le suivant</Link>
              </>
            )}
          </p>
        )}
      </td>
      <td>{item.owners.join(', ') || '—'}</td>
      <td>
        {dueLabel(item.due)}
        {item.overdue && <span className="overdue-badge"> En retard</span>}
      </td>
      <td>{item.status === 'done' ? 'Fait' : 'À faire'}</td>
      <td>
        {item.origin.title ? (
          <Link to={passagePath(item.origin.documentId, item.id)}>
            {item.origin.meetingDate ? formatMeetingDate(item.origin.meetingDate) : item.origin.title}
          </Link>
        ) : (
          '—'
        )}
        {item.documentId !== item.origin.documentId && item.document.title && (
          <span className="muted"> — repris dans «{'\u00a0'}{item.document.title}{'\u00a0'}»</span>
        )}
      </td>
      {canWrite && (
        <td className="action-item-row__actions">
          {editing ? (
            <ActionItemEditor item={item} busy={busy} onSave={change} onCancel={() => setEditing(false)} />
          ) : (
            <>
              <button type="button" className="button button--small" disabled={busy} onClick={() => change({ status: item.status === 'done' ? 'open' : 'done' })} aria-label={`${item.status === 'done' ? 'Rouvrir' : 'Marquer fait'} : ${label}`}>
                {item.status === 'done' ? 'Rouvrir' : 'Marquer fait'}
              </button>{' '}
              <button type="button" className="button button--small" disabled={busy} onClick={() => setEditing(true)} aria-label={`Modifier porteurs et échéance : ${label}`}>
                Modifier
              </button>
              {reminders && item.overdue && (
                <>
                  {' '}
                  <ReminderButton item={item} mailConfigured={reminders.mailConfigured} />
                </>
              )}
            </>
          )}
        </td>
      )}
    </tr>
  );
}

function ActionItemEditor({ item, busy, onSave, onCancel }: { item: ActionItemView; busy: boolean; onSave: (patch: ActionItemPatch) => void; onCancel: () => void }) {
  const [owners, setOwners] = useState(item.owners.join(', '));
  // A due date in words cannot go in a date field: it is kept unless a day is chosen.
  const [due, setDue] = useState(ISO_DAY.test(item.due) ? item.due : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: ActionItemPatch = { owners: owners.split(',').map((owner) => owner.trim()).filter(Boolean) };
    if (due !== '' || ISO_DAY.test(item.due)) patch.due = due;
    onSave(patch);
  };
  return (
    <form className="action-item-editor" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label>
        Porteurs (séparés par des virgules)
        <input type="text" value={owners} onChange={(event) => setOwners(event.target.value)} maxLength={2000} autoFocus />
      </label>
      <label>
        Échéance
        <input type="date" value={due} onChange={(event) => setDue(event.target.value)} />
      </label>
      <button type="submit" className="button button--small button--primary" disabled={busy}>
        Enregistrer
      </button>{' '}
      <button type="button" className="button button--small" onClick={onCancel}>
        Annuler
      </button>
    </form>
  );
}
