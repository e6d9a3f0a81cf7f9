import type { CommentAuthor, CommentMessage } from '../../shared/api/comments';
import { formatTimestamp } from '../format/formatDate';

/** « Hélène De Rugy (Amicale du Nid) », or the name alone for an account without association. */
export function authorLabel(author: CommentAuthor): string {
  return author.association ? `${author.name} (${author.association})` : author.name;
}

/** One message of a thread: who, when, then the text as written (never read as HTML). */
export function CommentMessageItem({ message }: { message: CommentMessage }) {
  return (
    <li className="comment-message">
      <p className="comment-message__meta">
        <span className="comment-message__author">{message.author.name}</span>
        {message.author.association && (
          <span className="comment-message__association">{message.author.association}</span>
        )}
        <time className="comment-message__date" dateTime={message.createdAt}>
          {formatTimestamp(message.createdAt)}
        </time>
      </p>
      <p className="comment-message__body">{message.body}</p>
      {message.mentions.length > 0 && (
        <p className="comment-message__mentions">
          <span className="visually-hidden">Associations mentionnées : </span>
          {message.mentions.map((mention) => (
            <span key={mention.id} className="mention-chip mention-chip--static">
              @{mention.name}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
