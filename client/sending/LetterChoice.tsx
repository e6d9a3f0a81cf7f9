import { useId } from 'react';
import type { LetterSummary } from '../../shared/api/letters';
import { letterLine } from '../letters/letterTexts';
import '../letters/letters.css';

interface LetterChoiceProps {
  letters: readonly LetterSummary[];
  /** The chosen letter's id, '' for none. */
  value: string;
  onChange(letterId: string): void;
}

/**
 * « Lettre d’envoi » in « Envoyer… »: none, or one of the compte-rendu's letters, which the
 * sending then carries as its first attachment, in the sending's format (L8). Nothing to choose
 * while the compte-rendu has no letter.
 */
export function LetterChoice({ letters, value, onChange }: LetterChoiceProps) {
  const id = useId();
  if (letters.length === 0) return null;
  return (
    <fieldset className="letter-fieldset">
      <legend>Lettre d’envoi</legend>
      <label className="letter-choice">
        <input type="radio" name={`${id}-letter`} checked={value === ''} onChange={() => onChange('')} />
        Aucune
      </label>
      {letters.map((letter) => (
        <label key={letter.id} className="letter-choice">
          <input type="radio" name={`${id}-letter`} checked={value === letter.id} onChange={() => onChange(letter.id)} />
          {letterLine(letter)}
          {letter.object && <span className="muted"> — {letter.object}</span>}
        </label>
      ))}
      <p className="hint">Jointe en premier, dans le format choisi ci-dessous.</p>
    </fieldset>
  );
}
