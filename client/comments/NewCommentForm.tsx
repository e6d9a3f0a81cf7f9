import { useId } from 'react';
import type { CommentMention } from '../../shared/api/comments';
import { CommentComposer } from './CommentComposer';
import { NEW_COMMENT, type CommentDrafts } from './commentDrafts';
import type { PendingRange } from './pendingRange';

interface NewCommentFormProps {
  draft: PendingRange;
  associations: readonly CommentMention[];
  drafts: CommentDrafts;
  onSubmit(body: string, mentions: readonly CommentMention[]): Promise<void>;
  onCancel(): void;
}

/** Opens a thread on the selected words: they are quoted above what one writes about them. */
export function NewCommentForm({ draft, associations, drafts, onSubmit, onCancel }: NewCommentFormProps) {
  const headingId = useId();
  return (
    <section className="comment-new" aria-labelledby={headingId}>
      <h3 id={headingId}>Nouveau commentaire</h3>
      <p className="comment-new__quote">
        <q>{draft.quote}</q>
      </p>
      <CommentComposer
        label="Votre commentaire"
        submitLabel="Envoyer le commentaire"
        associations={associations}
        autoFocus
        drafts={drafts}
        draftKey={NEW_COMMENT}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </section>
  );
}
