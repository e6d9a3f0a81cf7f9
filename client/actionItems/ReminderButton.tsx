import { useId, useState } from 'react';
import { MAIL_NOT_CONFIGURED } from '../../shared/api/actionItemReminder';
import type { ActionItemView } from '../../shared/api/actionItems';
import { ReminderDialog } from './ReminderDialog';
import { reminderSentMessage } from './reminderApi';

/**
 * « Envoyer un rappel… » on an overdue item, for the coordination (SPEC T7). Without SMTP on
 * the server the button stays, disabled, with the reason next to it. The outcome is said in a
 * status region that is always in the page, so screen readers announce it.
 */
export function ReminderButton({ item, mailConfigured }: { item: ActionItemView; mailConfigured: boolean }) {
  const hintId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const label = item.text || '(point sans texte)';

  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={!mailConfigured}
        aria-describedby={mailConfigured ? undefined : hintId}
        aria-label={`Envoyer un rappel… : ${label}`}
        onClick={() => {
          setStatus('');
          setOpen(true);
        }}
      >
        Envoyer un rappel…
      </button>
      {!mailConfigured && (
        <span id={hintId} className="muted action-item-row__hint">
          {MAIL_NOT_CONFIGURED}
        </span>
      )}
      <span role="status" className="action-item-row__status">
        {status}
      </span>
      {open && (
        <ReminderDialog
          item={item}
          onClose={() => setOpen(false)}
          onSent={(count) => {
            setOpen(false);
            setStatus(reminderSentMessage(count));
          }}
        />
      )}
    </>
  );
}
