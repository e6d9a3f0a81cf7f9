import { useEffect, useId, useRef, useState } from 'react';
import type { CommentMention } from '../../shared/api/comments';
import { formatTimestamp } from '../format/formatDate';
import { authorLabel, CommentMessageItem } from './CommentMessageItem';
import { CommentComposer } from './CommentComposer';
import type { CommentDrafts } from './commentDrafts';
import type { PlacedThread } from './threadOrder';
import { deName } from '../../shared/text/frenchElision';

interface CommentThreadCardProps {
  placed: PlacedThread;
  /** Unanchored only because its anchor has not arrived yet: not « texte supprimé ». */
  anchorAwaited: boolean;
  active: boolean;
  canWrite: boolean;
  associations: readonly CommentMention[];
  drafts: CommentDrafts;
  onShow(): void;
  onReply(body: string, mentions: readonly CommentMention[]): Promise<void>;
  onStatus(action: 'resolve' | 'reopen'): Promise<void>;
}

/** A thread in the margin: the commented words, the messages, and for writers reply and resolve. */
export function CommentThreadCard(props: CommentThreadCardProps) {
  const { placed, anchorAwaited, active, canWrite, associations, drafts, onShow, onReply, onStatus } = props;
  const { thread, anchor } = placed;
  const headingId = useId();
  // A reply begun before the panel was left is open again, with its words.
  const [replying, setReplying] = useState(() => drafts.has(thread.id));
  const replyButton = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLElement>(null);
  // Picked from the text (the caret in its words): the margin shows it.
  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = thread.messages[0];
  const open = thread.status === 'open';

  const changeStatus = async (action: 'resolve' | 'reopen') => {
    setBusy(true);
    setError(null);
    try {
      await onStatus(action);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'L’action a échoué.');
    } finally {
      setBusy(false);
    }
  };

  // The composer goes away: the focus comes back to the button that opened it.
  const closeReply = () => {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  };

  const classes = ['comment-thread', active && 'comment-thread--active', !open && 'comment-thread--resolved'];
  return (
    <article ref={card} className={classes.filter(Boolean).join(' ')} aria-labelledby={headingId} data-thread-id={thread.id}>
      <h3 id={headingId} className="visually-hidden">
        {opener ? `Commentaire ${deName(authorLabel(opener.author))}` : 'Commentaire d’un auteur inconnu'}
      </h3>
      <button
        type="button"
        className="comment-thread__quote"
        onClick={onShow}
        aria-pressed={active}
        aria-label={
          anchor || anchorAwaited ? `Afficher le passage commenté : ${thread.quote}` : 'Passage commenté supprimé'
        }
      >
        {!anchor && !anchorAwaited && <span className="comment-thread__gone">texte supprimé</span>}
        {thread.quote ? <q>{thread.quote}</q> : <span className="muted">(sans citation)</span>}
      </button>
      <ol className="comment-messages">
        {thread.messages.map((message) => (
          <CommentMessageItem key={message.id} message={message} />
        ))}
      </ol>
      {!open && thread.resolvedBy && thread.resolvedAt && (
        <p className="comment-thread__resolution">
          Résolu par {authorLabel(thread.resolvedBy)} le {formatTimestamp(thread.resolvedAt)}
        </p>
      )}
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
      {canWrite && replying && open && (
        <CommentComposer
          label="Votre réponse"
          submitLabel="Envoyer la réponse"
          associations={associations}
          autoFocus
          drafts={drafts}
          draftKey={thread.id}
          onSubmit={async (body, mentions) => {
            await onReply(body, mentions);
            closeReply();
          }}
          onCancel={closeReply}
        />
      )}
      {canWrite && !replying && (
        <div className="comment-thread__actions">
          {open && (
            <button ref={replyButton} type="button" className="button button--small" onClick={() => setReplying(true)}>
              Répondre
            </button>
          )}
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() => void changeStatus(open ? 'resolve' : 'reopen')}
          >
            {open ? 'Résoudre' : 'Rouvrir'}
          </button>
        </div>
      )}
    </article>
  );
}
