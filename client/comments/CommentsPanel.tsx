import { useId, useRef, useState } from 'react';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEditorState } from '@tiptap/react';
import { useOptionalMe } from '../auth/meContext';
import { anchorArrival } from './anchorArrival';
import { CommentThreadCard } from './CommentThreadCard';
import { NewCommentForm } from './NewCommentForm';
import { QueuedComments } from './QueuedComments';
import { threadAnchors, type ThreadAnchor } from './threadAnchors';
import { threadsInOrder, type PlacedThread } from './threadOrder';
import { mentionsAssociation } from './unreadComments';
import type { CommentsController } from './useCommentsController';

/** Documents are immutable: each version's anchors are computed once, not on every caret move. */
const anchorsByDoc = new WeakMap<PMNode, Map<string, ThreadAnchor>>();

function anchorsOf(doc: PMNode): Map<string, ThreadAnchor> {
  let anchors = anchorsByDoc.get(doc);
  if (!anchors) {
    anchors = threadAnchors(doc);
    anchorsByDoc.set(doc, anchors);
  }
  return anchors;
}

/**
 * The margin « Commentaires »: the form for a new thread, the open threads in the order of
 * their text, and the resolved ones behind « Résolus (n) ». Readers see everything but write
 * nothing. Threads that mention the reader's association are marked.
 */
export function CommentsPanel({ comments }: { comments: CommentsController }) {
  const { editor, threads, loadError, canWrite, associations, draft, active } = comments;
  const anchors = useEditorState({
    editor,
    selector: ({ editor: current }) => anchorsOf(current.state.doc),
    equalityFn: (a, b) => a === b,
  });
  const [showResolved, setShowResolved] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const knownThreads = useRef<Set<string> | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const resolvedListId = useId();
  const headingId = useId();
  const myAssociation = useOptionalMe()?.user.associationId ?? null;

  if (threads === null) {
    return loadError ? (
      <p className="banner banner--error" role="alert">
        {loadError}
      </p>
    ) : (
      <p className="muted">Chargement des commentaires…</p>
    );
  }
  const { open, resolved } = threadsInOrder(threads, anchors);
  const arrival = anchorArrival(knownThreads.current, threads, anchors);
  knownThreads.current = arrival.known;
  const card = (placed: PlacedThread) => {
    const mentionsMe = mentionsAssociation(placed.thread, myAssociation);
    return (
      <li key={placed.thread.id} className={mentionsMe ? 'comment-threads__item--mentions-me' : undefined}>
        {mentionsMe && <p className="comment-mention-flag">Mentionne votre association</p>}
        <CommentThreadCard
          placed={placed}
          anchorAwaited={arrival.awaiting.has(placed.thread.id)}
          active={placed.thread.id === active}
          canWrite={canWrite}
          associations={associations}
          drafts={comments.drafts}
          onShow={() => comments.showThread(placed.thread.id)}
          onReply={(body, mentions) => comments.reply(placed.thread.id, body, mentions)}
          onStatus={async (action) => {
            await comments.setStatus(placed.thread.id, action);
            // The thread moves to the other list and its button goes with it: the focus goes to
            // the panel's announcement rather than being lost.
            setDone(action === 'resolve' ? 'Commentaire résolu.' : 'Commentaire rouvert.');
            status.current?.focus();
          }}
        />
      </li>
    );
  };

  return (
    <section className="comments-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Commentaires
      </h2>
      <p ref={status} className="comments-panel__done" role="status" tabIndex={-1}>
        {done}
      </p>
      {loadError && <p className="review-hint">Actualisation impossible pour l’instant : {loadError}</p>}
      {draft && (
        <NewCommentForm
          key={comments.draftSerial}
          draft={draft}
          associations={associations}
          drafts={comments.drafts}
          onSubmit={comments.submitDraft}
          onCancel={comments.cancelDraft}
        />
      )}
      <QueuedComments queue={comments.queue} />
      {open.length === 0 ? (
        <p className="muted">
          {canWrite
            ? 'Aucun commentaire ouvert. Sélectionnez un passage puis «\u00a0Commenter\u00a0» (Ctrl+Alt+C).'
            : 'Aucun commentaire ouvert.'}
        </p>
      ) : (
        <ol className="comment-threads" aria-label="Commentaires ouverts">
          {open.map(card)}
        </ol>
      )}
      {resolved.length > 0 && (
        <>
          <button
            type="button"
            className="comment-resolved-toggle"
            aria-expanded={showResolved}
            aria-controls={resolvedListId}
            onClick={() => setShowResolved((shown) => !shown)}
          >
            Résolus ({resolved.length})
          </button>
          <ol id={resolvedListId} className="comment-threads" aria-label="Commentaires résolus" hidden={!showResolved}>
            {showResolved && resolved.map(card)}
          </ol>
        </>
      )}
    </section>
  );
}
