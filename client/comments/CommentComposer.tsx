import { useState, type FormEvent } from 'react';
import type { CommentMention } from '../../shared/api/comments';
import { MentionTextarea } from './MentionTextarea';

interface CommentComposerProps {
  label: string;
  submitLabel: string;
  associations: readonly CommentMention[];
  /** Rejects with an error whose message (French) is shown; the typed text is kept. */
  onSubmit(body: string, mentions: readonly CommentMention[]): Promise<void>;
  onCancel?(): void;
  autoFocus?: boolean;
}

/** Writes a comment or a reply; on failure the server's reason is shown and nothing typed is lost. */
export function CommentComposer({ label, submitLabel, associations, onSubmit, onCancel, autoFocus }: CommentComposerProps) {
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<CommentMention[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (body.trim() === '') {
      setError('Écrivez un commentaire avant de l’envoyer.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body, mentions);
      setBody('');
      setMentions([]);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'L’envoi du commentaire a échoué.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comment-composer" onSubmit={(event) => void submit(event)}>
      <MentionTextarea
        label={label}
        value={body}
        onChange={setBody}
        mentions={mentions}
        onMentionsChange={setMentions}
        associations={associations}
        autoFocus={autoFocus}
        readOnly={busy}
        onSubmit={() => void submit()}
        onEscape={onCancel}
      />
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Envoi…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
