import { useState, type FormEvent } from 'react';
import type { CommentMention } from '../../shared/api/comments';
import type { CommentDraftText, CommentDrafts } from './commentDrafts';
import { MentionTextarea } from './MentionTextarea';

interface CommentComposerProps {
  label: string;
  submitLabel: string;
  associations: readonly CommentMention[];
  /** Rejects with an error whose message (French) is shown; the typed text is kept. */
  onSubmit(body: string, mentions: readonly CommentMention[]): Promise<void>;
  onCancel?(): void;
  autoFocus?: boolean;
  /** Where the typed words are kept while the form is away (another tab of the side panels). */
  drafts: CommentDrafts;
  draftKey: string;
}

/** Writes a comment or a reply; on failure the server's reason is shown and nothing typed is lost. */
export function CommentComposer(props: CommentComposerProps) {
  const { label, submitLabel, associations, onSubmit, onCancel, autoFocus, drafts, draftKey } = props;
  const [{ body, mentions }, setText] = useState<CommentDraftText>(
    () => drafts.get(draftKey) ?? { body: '', mentions: [] },
  );
  // Picking a mention changes the text and the mentions at once: each change builds on the last.
  const keep = (change: Partial<CommentDraftText>) =>
    setText((current) => {
      const next = { ...current, ...change };
      drafts.set(draftKey, next);
      return next;
    });
  const cancel = onCancel
    ? () => {
        drafts.delete(draftKey);
        onCancel();
      }
    : undefined;
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
      keep({ body: '', mentions: [] });
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
        onChange={(next) => keep({ body: next })}
        mentions={mentions}
        onMentionsChange={(next) => keep({ mentions: next })}
        associations={associations}
        autoFocus={autoFocus}
        readOnly={busy}
        onSubmit={() => void submit()}
        onEscape={cancel}
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
        {cancel && (
          <button type="button" className="button" onClick={cancel} disabled={busy}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
