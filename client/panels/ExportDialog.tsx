import { type CSSProperties, type FormEvent, useEffect, useId, useState } from 'react';
import { annexReferencesOf } from '../../shared/export/annexReferences';
import { EXPORT_FORMATS, type ExportFormat, exportFormats } from '../../shared/export/exportFormats';
import {
  DROPPABLE_PARTS,
  type DroppablePart,
  EXPORT_PROFILES,
  type ExportProfile,
  type ProfileDrops,
  countDroppableParts,
  droppablePartLabels,
  exportDrops,
  exportProfileLabels,
} from '../../shared/export/exportProfile';
import type { ExportOptionsResponse } from '../../shared/export/exportSettings';
import { exportPath, exportsAhead, fetchExport, fileNameOf, newExportTicket, printInBrowser, saveFile } from '../api/exportApi';
import { ApiRequestError, getJson } from '../api/http';
import { getMinutes } from '../api/minutesApi';
import { useApiResource } from '../api/useApiResource';
import { ModalDialog } from './ModalDialog';

interface ExportDialogProps {
  documentId: string;
  onClose(): void;
}

/** A failed export as the dialog shows it; `retry` when the server asked to try again later. */
interface ExportFailure {
  message: string;
  retry?: () => void;
}

/** « Export en cours… », and while the server renders others first, how many. */
function progressText(ahead: number | null): string {
  if (!ahead) return 'Export en cours…';
  return `Export en cours… ${ahead} ${ahead === 1 ? 'export passe' : 'exports passent'} avant le vôtre sur le serveur.`;
}

/** How often the dialog asks the server for the export's place in its line. */
const PROGRESS_POLL_MS = 1000;

/** « 3 dans ce compte-rendu », « aucun dans ce compte-rendu »; comments have no count yet. */
function partCount(part: DroppablePart, counts: ReturnType<typeof countDroppableParts> | undefined): string {
  if (part === 'comments' || !counts) return '';
  const count = counts[part];
  return count === 0 ? ' (aucun dans ce compte-rendu)' : ` (${count} dans ce compte-rendu)`;
}

const fieldsetStyle: CSSProperties = { border: 'none', margin: '0 0 1rem', padding: 0 };
const legendStyle: CSSProperties = { fontWeight: 600, marginBottom: '0.4rem', padding: 0 };
const choiceStyle: CSSProperties = { display: 'flex', gap: '0.5rem', alignItems: 'center', padding: '0.2rem 0' };

/**
 * « Exporter » : format, version (interne ou externe), what the version leaves out, download.
 * A modal dialog like the others (ModalDialog: its « × » and Échap close it, focus stays
 * inside); every choice is a native radio button.
 */
export function ExportDialog({ documentId, onClose }: ExportDialogProps) {
  const id = useId();
  const options = useApiResource(`export-options:${documentId}`, (signal) =>
    getJson<ExportOptionsResponse>(`${exportPath(documentId)}/options`, signal),
  );
  const minutes = useApiResource(`minutes:${documentId}`, (signal) => getMinutes(documentId, signal));
  const [format, setFormat] = useState<ExportFormat>('odt');
  const [chosenProfile, setChosenProfile] = useState<ExportProfile | null>(null);
  const [commentsChecked, setCommentsChecked] = useState(false);
  const [annexesChecked, setAnnexesChecked] = useState(false);
  const [bundleChecked, setBundleChecked] = useState(false);
  /** The PDF annexes the server could not append to the last download (SPEC N8). */
  const [annexesLeftOut, setAnnexesLeftOut] = useState<string | null>(null);
  /** The ticket of the export under way. */
  const [running, setRunning] = useState<string | null>(null);
  const [ahead, setAhead] = useState<number | null>(null);
  const [error, setError] = useState<ExportFailure | null>(null);
  const busy = running !== null;
  /** The server refused a PDF although it announced one (Chromium removed since). */
  const [pdfRefused, setPdfRefused] = useState(false);

  useEffect(() => {
    if (!running) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      // Only a hint: a failed poll leaves the last one shown, the export itself says how it ended.
      exportsAhead(documentId, running, controller.signal).then(setAhead, () => undefined);
    }, PROGRESS_POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
      setAhead(null);
    };
  }, [documentId, running]);

  const ready = options.status === 'ready' ? options.data : undefined;
  const allowed = ready?.allowedProfiles ?? [];
  const profile: ExportProfile = chosenProfile && allowed.includes(chosenProfile) ? chosenProfile : (allowed[0] ?? 'external');
  const profileDrops: ProfileDrops | undefined = ready?.profiles[profile];
  // Comments are offered only where the profile may keep them: the internal version, unless the collective drops them.
  const commentsOffered = profile === 'internal' && profileDrops?.comments === false;
  const withComments = commentsOffered && commentsChecked;
  const drops = profileDrops && exportDrops(profile, profileDrops, withComments);
  const counts = minutes.status === 'ready' ? countDroppableParts(minutes.data.content) : undefined;
  const dropped = DROPPABLE_PARTS.filter((part) => drops?.[part]);
  const pdfMissing = pdfRefused || (ready ? !ready.pdfAvailable : false);
  // The external version never carries annexes (SPEC N6, N8): a ZIP with the files, or the PDF annexes appended.
  const hasAnnexFiles = minutes.status === 'ready' && annexReferencesOf(minutes.data.content).some((annex) => annex.kind === 'file');
  const bundleOffered = profile === 'internal' && hasAnnexFiles && !(format === 'pdf' && pdfMissing);
  const bundle = bundleOffered && bundleChecked;
  const annexesOffered = format === 'pdf' && profile === 'internal' && !pdfMissing && !bundle;
  const appendAnnexes = annexesOffered && annexesChecked;

  async function run(action: (ticket: string) => Promise<void>) {
    const ticket = newExportTicket();
    setRunning(ticket);
    setError(null);
    setAnnexesLeftOut(null);
    try {
      await action(ticket);
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.code === 'pdf_unavailable') setPdfRefused(true);
      // The server's line was full (503): its message says to come back, the button does.
      const retry = caught instanceof ApiRequestError && caught.code === 'export_busy' ? () => void run(action) : undefined;
      setError({ message: caught instanceof Error ? caught.message : 'L’export a échoué.', ...(retry ? { retry } : {}) });
    } finally {
      setRunning(null);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async (ticket) => {
      const response = await fetchExport({ documentId, format, profile, withComments, appendAnnexes, bundle, ticket });
      if (appendAnnexes) setAnnexesLeftOut(response.headers.get('x-annexes-left-out') || null);
      saveFile(await response.blob(), fileNameOf(response, bundle ? 'compte-rendu.zip' : `compte-rendu.${exportFormats[format].extension}`));
    });
  }

  return (
    <ModalDialog title="Exporter le compte-rendu" onClose={onClose}>
      <form onSubmit={handleSubmit} aria-busy={busy}>

        {options.status === 'loading' && <p className="muted">Chargement des options d’export…</p>}
        {options.status === 'error' && (
          <p className="banner banner--error" role="alert">
            {options.error.message}
          </p>
        )}

        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>Format</legend>
          {EXPORT_FORMATS.map((value) => (
            <label key={value} style={choiceStyle}>
              <input type="radio" name={`${id}-format`} value={value} checked={format === value} onChange={() => setFormat(value)} />
              {exportFormats[value].label}
              {value === 'pdf' && pdfMissing && <span className="muted"> — indisponible sur ce serveur</span>}
            </label>
          ))}
        </fieldset>

        <fieldset style={fieldsetStyle} aria-describedby={allowed.length === 1 ? `${id}-profile-note` : undefined}>
          <legend style={legendStyle}>Version</legend>
          {EXPORT_PROFILES.map((value) => (
            <label key={value} style={choiceStyle}>
              <input
                type="radio"
                name={`${id}-profile`}
                value={value}
                checked={profile === value}
                disabled={!allowed.includes(value)}
                onChange={() => setChosenProfile(value)}
              />
              {exportProfileLabels[value]}
            </label>
          ))}
          {ready && allowed.length === 1 && (
            <p id={`${id}-profile-note`} className="muted" style={{ margin: '0.3rem 0 0' }}>
              Votre rôle ne donne accès qu’à la version externe de ce compte-rendu.
            </p>
          )}
        </fieldset>

        {commentsOffered && (
          <label style={{ ...choiceStyle, marginBottom: '1rem' }}>
            <input type="checkbox" checked={commentsChecked} onChange={(event) => setCommentsChecked(event.target.checked)} />
            Inclure les commentaires (notes de bas de page)
          </label>
        )}

        {bundleOffered && (
          <label style={{ ...choiceStyle, marginBottom: '1rem' }}>
            <input type="checkbox" checked={bundleChecked} onChange={(event) => setBundleChecked(event.target.checked)} />
            Télécharger avec les fichiers annexes (archive ZIP)
          </label>
        )}

        {annexesOffered && (
          <label style={{ ...choiceStyle, marginBottom: '1rem' }}>
            <input type="checkbox" checked={annexesChecked} onChange={(event) => setAnnexesChecked(event.target.checked)} />
            Joindre les annexes PDF à la fin
          </label>
        )}

        <section aria-labelledby={`${id}-preview`} aria-live="polite" style={{ marginBottom: '1rem' }}>
          <h3 id={`${id}-preview`} style={{ fontSize: '1rem', margin: '0 0 0.3rem' }}>
            Ce que cette version retire
          </h3>
          {!drops ? null : dropped.length === 0 ? (
            <p style={{ margin: 0 }}>Rien : cette version contient tout le compte-rendu.</p>
          ) : (
            <ul style={{ margin: 0 }}>
              {dropped.map((part) => (
                <li key={part}>
                  {droppablePartLabels[part]}
                  <span className="muted">{partCount(part, counts)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        {format === 'pdf' && pdfMissing && (
          <p className="banner banner--warning">
            Ce serveur ne sait pas produire de PDF. Utilisez «&nbsp;Imprimer depuis le navigateur&nbsp;» puis «&nbsp;Enregistrer en PDF&nbsp;».
          </p>
        )}
        {/* Present from the start, so that screen readers announce what appears in it. */}
        <p role="status" aria-live="polite" className="muted" style={{ margin: busy ? '0 0 1rem' : 0 }}>
          {busy ? progressText(ahead) : ''}
        </p>
        {annexesLeftOut && (
          <p className="banner banner--warning" role="alert">
            {annexesLeftOut.includes(',') ? `Annexes ${annexesLeftOut} non jointes` : `Annexe ${annexesLeftOut} non jointe`}
            &nbsp;: PDF illisible, protégé par un mot de passe ou trop long (plus de 2&nbsp;000 pages en tout).
          </p>
        )}
        {error && (
          <div className="banner banner--error" role="alert">
            <p style={{ margin: 0 }}>{error.message}</p>
            {error.retry && (
              <button type="button" className="button" style={{ marginTop: '0.5rem' }} onClick={error.retry}>
                Réessayer
              </button>
            )}
          </div>
        )}

        <div className="form-actions">
          {format === 'pdf' && pdfMissing ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !ready}
              onClick={() => void run((ticket) => printInBrowser({ documentId, profile, withComments, ticket }))}
            >
              {busy ? 'Préparation…' : 'Imprimer depuis le navigateur'}
            </button>
          ) : (
            <button type="submit" className="button button--primary" disabled={busy || !ready}>
              {busy ? 'Préparation…' : 'Télécharger'}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Fermer
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
