import { useState } from 'react';
import { LETTER_FORMATS } from '../../shared/api/letters';
import { downloadLetter, type LetterDownload } from './lettersApi';

const FORMAT_NAMES = { pdf: 'PDF', odt: 'ODT', docx: 'DOCX' } as const;

interface Choice {
  key: string;
  label: string;
  download: LetterDownload;
}

const CHOICES: Choice[] = [
  ...LETTER_FORMATS.map((format) => ({ key: format, label: `Télécharger en ${FORMAT_NAMES[format]}`, download: { kind: 'letter', format } as const })),
  { key: 'envoi', label: 'Télécharger l’envoi (ZIP)', download: { kind: 'envoi', format: 'pdf' } },
];

/**
 * The letter as a file, or the « envoi » ZIP (the letter and the compte-rendu's external
 * version, both in PDF). One download at a time: the server renders each in its export line.
 */
export function LetterDownloads({ letterId }: { letterId: string }) {
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(choice: Choice) {
    setRunning(choice.key);
    setError(null);
    try {
      await downloadLetter(letterId, choice.download);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Le téléchargement a échoué.');
    } finally {
      setRunning(null);
    }
  }

  return (
    <section className="letter-downloads" aria-label="Télécharger la lettre" aria-busy={running !== null}>
      <div className="letter-downloads__buttons">
        {CHOICES.map((choice) => (
          <button key={choice.key} type="button" className="button" disabled={running !== null} onClick={() => void start(choice)}>
            {running === choice.key ? 'Préparation…' : choice.label}
          </button>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {running ? 'Préparation du fichier…' : ''}
      </p>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
