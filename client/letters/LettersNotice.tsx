import { useRef, useState } from 'react';
import { SubmissionKey } from '../api/submissionKey';
import { useApiResource } from '../api/useApiResource';
import { Link } from '../router/Link';
import { letterPath } from '../router/matchRoute';
import { navigate } from '../router/navigation';
import { createLetter, listLetters } from './lettersApi';
import { letterLine } from './letterTexts';
import './letters.css';

interface LettersNoticeProps {
  minutesId: string;
  /** Secretariat and coordination write letters (L4); everyone else only reads them. */
  canWrite: boolean;
}

/**
 * Under a validated compte-rendu: its cover letters (« Lettre d’envoi à Monsieur X, 21 avril
 * 2015 »), each a link, and « Écrire la lettre d’envoi » for those who may. Nothing when there is
 * none to show and none to write, or when the list cannot be read (a share gives no letters).
 */
export function LettersNotice({ minutesId, canWrite }: LettersNoticeProps) {
  const letters = useApiResource(`letters:${minutesId}`, (signal) => listLetters(minutesId, signal));
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submission = useRef(new SubmissionKey());
  const list = letters.status === 'ready' ? letters.data : [];
  if (!canWrite && list.length === 0) return null;

  async function write() {
    setCreating(true);
    setError(null);
    try {
      const { id } = await createLetter(minutesId, submission.current.for(minutesId));
      navigate(letterPath(id));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La lettre n’a pas pu être créée.');
      setCreating(false);
    }
  }

  return (
    <section className="letters-notice" aria-label="Lettres d’envoi" data-testid="letters-notice">
      {list.length > 0 && (
        <ul className="letters-notice__list">
          {list.map((letter) => (
            <li key={letter.id}>
              <Link to={letterPath(letter.id)}>{letterLine(letter)}</Link>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <button type="button" className="button button--small" disabled={creating} onClick={() => void write()}>
          {creating ? 'Création de la lettre…' : 'Écrire la lettre d’envoi'}
        </button>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
