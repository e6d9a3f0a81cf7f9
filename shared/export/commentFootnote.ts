import type { CommentAuthor, CommentThread } from '../api/comments';
import { elides } from '../text/frenchElision';
import { cleanInlineText } from './cleanText';
import { frenchShortDate } from './frenchDate';

/** The calendar day in Paris of a server timestamp (`AAAA-MM-JJ`). */
const parisDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

const dated = (iso: string): string => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : `, ${frenchShortDate(parisDay(iso)) ?? ''}`;
};

/** « Hélène De Rugy (Amicale du Nid) » */
const signature = ({ name, association }: CommentAuthor): string => (association ? `${name} (${association})` : name);

/**
 * « de » before the author: « d’Hélène De Rugy », « de Pierre Albert ». A person's name keeps a
 * « Le » of its own (« de Le Gall »), so only the elision of frenchElision applies, not deName's articles.
 */
const byAuthor = (author: CommentAuthor): string => `${elides(author.name) ? 'd’' : 'de '}${signature(author)}`;

/**
 * A thread as one footnote: « Commentaire d’Hélène De Rugy (Amicale du Nid), 3 déc. 2026 : …
 * — Réponse de … : … — Résolu par …, 4 déc. 2026 ». One line: a footnote has no paragraphs in
 * some formats, so line breaks of a message become spaces. Undefined for a thread without messages.
 */
export function commentFootnote(thread: CommentThread): string | undefined {
  const [first, ...replies] = thread.messages;
  if (!first) return undefined;
  const parts = [
    `Commentaire ${byAuthor(first.author)}${dated(first.createdAt)} : ${first.body}`,
    ...replies.map((reply) => `Réponse ${byAuthor(reply.author)}${dated(reply.createdAt)} : ${reply.body}`),
  ];
  if (thread.status === 'resolved' && thread.resolvedBy) {
    parts.push(`Résolu par ${signature(thread.resolvedBy)}${thread.resolvedAt ? dated(thread.resolvedAt) : ''}`);
  }
  return cleanInlineText(parts.join(' — ')).replace(/ {2,}/g, ' ').trim();
}
