import { useState } from 'react';
import type { StoredComment } from '../offline/commentQueue';
import type { CommentQueue } from './useCommentQueue';

/**
 * The comments written offline, in the margin: « En attente d’envoi » until the server has
 * them; a refused one stays with its reason and its words to copy until its author removes it.
 */
export function QueuedComments({ queue }: { queue: CommentQueue }) {
  if (queue.items.length === 0) return null;
  return (
    <ol className="comment-threads" aria-label="Commentaires écrits hors ligne">
      {queue.items.map((stored) => (
        <li key={stored.key}>
          <QueuedCommentCard stored={stored} onDismiss={() => queue.dismiss(stored.key)} />
        </li>
      ))}
    </ol>
  );
}

function QueuedCommentCard({ stored: { item }, onDismiss }: { stored: StoredComment; onDismiss(): Promise<void> }) {
  const [copied, setCopied] = useState(false);
  const what = item.kind === 'thread' ? 'Nouveau commentaire' : 'Réponse';
  const refusedLabel = item.kind === 'thread' ? 'Commentaire refusé' : 'Réponse refusée';
  return (
    <article className="comment-thread">
      {item.kind === 'thread' && item.quote && (
        <p className="comment-thread__quote">
          <q>{item.quote}</q>
        </p>
      )}
      {item.refused === undefined ? (
        <p className="review-hint">{what} — En attente d’envoi</p>
      ) : (
        <>
          <p className="banner banner--error" role="alert">
            {refusedLabel} : {item.refused}
          </p>
          <p className="hint">Copiez votre texte pour le garder ailleurs avant de le retirer.</p>
        </>
      )}
      {item.refused === undefined ? (
        <p className="comment-message__body">{item.body}</p>
      ) : (
        <textarea className="comment-message__body" readOnly value={item.body} aria-label="Texte du commentaire refusé" rows={3} />
      )}
      {item.refused !== undefined && (
        <div className="comment-thread__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => void navigator.clipboard.writeText(item.body).then(() => setCopied(true), () => setCopied(false))}
          >
            {copied ? 'Texte copié' : 'Copier le texte'}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => void onDismiss()}>
            Retirer
          </button>
        </div>
      )}
    </article>
  );
}
