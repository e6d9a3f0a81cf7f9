import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { IMPORT_ACCEPT, importMinutes, type ImportResponse } from '../api/importApi';
import { SubmissionKey } from '../api/submissionKey';
import type { UploadProgress } from '../api/uploadForm';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';
import { passagePosition, summariseImport } from './importReportSummary';
import { ModalDialog } from './ModalDialog';

interface ImportDialogProps {
  onClose(): void;
  /** A new compte-rendu exists: the list behind the dialog has one more row. */
  onImported(id: string): void;
}

type Phase =
  | { step: 'choose' }
  | { step: 'sending'; progress: UploadProgress | null }
  | { step: 'done'; result: ImportResponse };

const IMPORTABLE = /\.(txt|md|markdown|docx|odt|html?)$/i;

/**
 * « Importer »: a compte-rendu written elsewhere (.txt, .md, .docx, .odt, .html) becomes a new one; the
 * report says what was recognised and which passages to check by hand.
 */
export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const fieldId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const upload = useRef<AbortController | null>(null);
  // A retry of the same file (after a failure, or a second click) imports it once.
  const submission = useRef(new SubmissionKey());

  // Closing the dialog mid-upload abandons the upload.
  useEffect(() => () => upload.current?.abort(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second submit while the first is on its way (a double click) sends nothing more.
    if (upload.current) return;
    if (!file) {
      setError('Choisissez d’abord un fichier.');
      return;
    }
    if (!IMPORTABLE.test(file.name)) {
      setError('Minutier importe les fichiers .txt, .md, .docx, .odt et .html.');
      return;
    }
    setError(null);
    setPhase({ step: 'sending', progress: null });
    const controller = new AbortController();
    upload.current = controller;
    const key = submission.current.for(`${file.name}|${file.size}|${file.lastModified}`);
    try {
      const result = await importMinutes(file, (progress) => setPhase({ step: 'sending', progress }), controller.signal, key);
      submission.current.reset();
      setPhase({ step: 'done', result });
      onImported(result.id);
    } catch (failure) {
      if (controller.signal.aborted) return;
      setError(failure instanceof Error ? failure.message : 'L’import a échoué.');
      setPhase({ step: 'choose' });
    } finally {
      upload.current = null;
    }
  }

  function cancelUpload() {
    upload.current?.abort();
    setPhase({ step: 'choose' });
  }

  return (
    <ModalDialog title="Importer un compte-rendu" onClose={onClose} size="wide">
      {phase.step !== 'done' && (
        <form onSubmit={handleSubmit} noValidate>
          <p className="hint">
            Un compte-rendu rédigé ailleurs (texte, Markdown, Word, LibreOffice ou page web) devient un nouveau compte-rendu : parties,
            prises de parole, participants et encadrés «&nbsp;À suivre&nbsp;» sont reconnus. Vous relirez ensuite les passages
            signalés.
          </p>
          <div className="field">
            <label htmlFor={`${fieldId}-file`}>Fichier à importer (.txt, .md, .docx, .odt ou .html)</label>
            <input
              id={`${fieldId}-file`}
              type="file"
              accept={IMPORT_ACCEPT}
              disabled={phase.step === 'sending'}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              data-autofocus
            />
          </div>
          {phase.step === 'sending' && <SendingProgress progress={phase.progress} />}
          {error && (
            <p className="banner banner--error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions modal-dialog__footer">
            {/*
              Both buttons keep their place and width while the file is on its way: the second
              click of a double click lands on « Importer », disabled, not on a button that
              would cancel the import. « Annuler » then abandons the upload, the dialog stays.
            */}
            <button type="submit" className="button button--primary" disabled={phase.step === 'sending'}>
              Importer
            </button>
            <button type="button" className="button" onClick={phase.step === 'sending' ? cancelUpload : onClose}>
              Annuler
            </button>
          </div>
        </form>
      )}
      {phase.step === 'done' && <ImportResult result={phase.result} onClose={onClose} />}
    </ModalDialog>
  );
}

function SendingProgress({ progress }: { progress: UploadProgress | null }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : null;
  // Once every byte is sent, the server is reading the file: say so rather than sit at 100 %.
  const reading = percent === 100;
  const label = reading || percent === null ? 'Lecture du compte-rendu…' : `Envoi du fichier : ${percent} %`;
  return (
    <div className="import-progress" role="status">
      <p>{label}</p>
      {reading || percent === null ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} value={percent} max={100} />
      )}
    </div>
  );
}

function ImportResult({ result, onClose }: { result: ImportResponse; onClose(): void }) {
  const { report } = result;
  const summary = summariseImport(report);
  const openLink = useRef<HTMLAnchorElement>(null);
  // The form that had the focus is gone: the next step is opening the new compte-rendu.
  useEffect(() => openLink.current?.focus(), []);
  return (
    <div className="import-result">
      <p className="banner banner--success" role="status">
        Le compte-rendu a été créé.
      </p>
      {summary.recognised.length > 0 && (
        <>
          <h3>Reconnu</h3>
          <ul>
            {summary.recognised.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {summary.removed.length > 0 && (
        <>
          <h3>Retiré du texte</h3>
          <ul>
            {summary.removed.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {summary.headerNotes.length > 0 && (
        <>
          <h3>À reporter à la main</h3>
          <ul>
            {summary.headerNotes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>
        {report.unsure.length === 0
          ? 'Aucun passage douteux'
          : `${report.unsure.length} passage${report.unsure.length > 1 ? 's' : ''} à vérifier`}
      </h3>
      {report.unsure.length > 0 && (
        <ol className="unsure-list">
          {report.unsure.map((passage, index) => (
            <li key={`${passage.position}-${index}`}>
              <span className="unsure-list__where">{passagePosition(report, passage.position)}</span>
              <q className="unsure-list__text">{passage.text}</q>
              <span className="unsure-list__why">{passage.reason}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="form-actions modal-dialog__footer">
        <Link to={editorPath(result.id)} className="button button--primary" ref={openLink} onClick={onClose}>
          Ouvrir le compte-rendu
        </Link>
        <button type="button" className="button" onClick={onClose}>
          Fermer
        </button>
      </div>
    </div>
  );
}
