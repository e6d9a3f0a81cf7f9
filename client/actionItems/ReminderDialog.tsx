import { useId, useRef, useState } from 'react';
import { REMINDER_NOTE_MAX } from '../../shared/api/actionItemReminder';
import type { ActionItemView } from '../../shared/api/actionItems';
import { SubmissionKey } from '../api/submissionKey';
import { useApiResource } from '../api/useApiResource';
import { ModalDialog } from '../panels/ModalDialog';
import { previewReminder, sendReminder } from './reminderApi';

interface ReminderDialogProps {
  item: ActionItemView;
  onClose(): void;
  /** The server accepted the message for `count` people. */
  onSent(count: number): void;
}

/**
 * The confirmation before a reminder e-mail (SPEC T7): to whom, and the message, as the server
 * will send them. Nothing leaves before « Envoyer »; the focus starts on « Annuler ».
 */
export function ReminderDialog({ item, onClose, onSent }: ReminderDialogProps) {
  const id = useId();
  const preview = useApiResource(`reminder-${item.documentId}-${item.id}`, (signal) => previewReminder(item.documentId, item.id, signal));
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submission = useRef(new SubmissionKey());

  async function send() {
    if (sending) return;
    setSending(true);
    setError(null);
    const request = note.trim() === '' ? { confirm: true as const } : { confirm: true as const, note };
    try {
      const sent = await sendReminder(item.documentId, item.id, request, submission.current.for(JSON.stringify(request)));
      onSent(sent.recipients.length);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’envoi du rappel a échoué.');
      setSending(false);
    }
  }

  return (
    <ModalDialog title="Envoyer un rappel par e-mail" onClose={onClose} size="wide">
      {preview.status === 'loading' && <p className="muted">Préparation du message…</p>}
      {preview.status === 'error' && (
        <p className="banner banner--error" role="alert">
          {preview.error.message}
        </p>
      )}
      {preview.status === 'ready' && (
        <>
          <h3 id={`${id}-recipients`}>
            {preview.data.recipients.length > 1 ? `${preview.data.recipients.length} destinataires` : '1 destinataire'}
          </h3>
          <ul aria-labelledby={`${id}-recipients`} className="reminder-recipients">
            {preview.data.recipients.map((recipient) => (
              <li key={recipient.email}>
                {recipient.name} &lt;{recipient.email}&gt;
              </li>
            ))}
          </ul>
          <h3 id={`${id}-message`}>Message</h3>
          <div role="group" aria-labelledby={`${id}-message`} className="reminder-message">
            <p>
              <strong>Objet :</strong> {preview.data.subject}
            </p>
            <pre className="reminder-message__text">{preview.data.text}</pre>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>Message de la coordination (facultatif, ajouté au texte)</label>
            <textarea id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} maxLength={REMINDER_NOTE_MAX} rows={3} />
          </div>
        </>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions modal-dialog__footer">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Annuler
        </button>
        <button type="button" className="button button--primary" disabled={preview.status !== 'ready' || sending} onClick={send}>
          {sending ? 'Envoi…' : 'Envoyer'}
        </button>
      </div>
    </ModalDialog>
  );
}
