import { type CSSProperties, type FormEvent, useEffect, useId, useRef, useState } from 'react';
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
import { ApiRequestError, errorFromResponse, getJson } from '../api/http';
import { getMinutes } from '../api/minutesApi';
import { useApiResource } from '../api/useApiResource';

interface ExportDialogProps {
  documentId: string;
  onClose(): void;
}

const exportPath = (documentId: string) => `/api/minutes/${encodeURIComponent(documentId)}/export`;

/** `withComments`: the comment threads as footnotes (the server ignores it for the external version). */
async function fetchExport(documentId: string, format: ExportFormat, profile: ExportProfile, withComments: boolean): Promise<Response> {
  const comments = withComments ? '&comments=include' : '';
  const response = await fetch(`${exportPath(documentId)}?format=${format}&profile=${profile}${comments}`);
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** The server's name for the file (RFC 5987 `filename*` first), so every download is named alike. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed header: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: give them time before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Prints the HTML export with the browser's own print dialog (« Enregistrer en PDF »),
 * for servers without Chromium. The frame may not run scripts; it only needs to print.
 */
async function printInBrowser(documentId: string, profile: ExportProfile, withComments: boolean): Promise<void> {
  const html = await (await fetchExport(documentId, 'html', profile, withComments)).text();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  // Not display:none, which some browsers refuse to print.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;opacity:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow;
  if (!view) throw new Error('Impression impossible dans ce navigateur.');
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.print();
}

/** « 3 dans ce compte-rendu », « aucun dans ce compte-rendu »; comments have no count yet. */
function partCount(part: DroppablePart, counts: ReturnType<typeof countDroppableParts> | undefined): string {
  if (part === 'comments' || !counts) return '';
  const count = counts[part];
  return count === 0 ? ' (aucun dans ce compte-rendu)' : ` (${count} dans ce compte-rendu)`;
}

const dialogStyle: CSSProperties = {
  width: 'min(36rem, calc(100vw - 2rem))',
  padding: '1.25rem 1.5rem',
  border: '1px solid #b9b4aa',
  borderRadius: 8,
};
const fieldsetStyle: CSSProperties = { border: 'none', margin: '0 0 1rem', padding: 0 };
const legendStyle: CSSProperties = { fontWeight: 600, marginBottom: '0.4rem', padding: 0 };
const choiceStyle: CSSProperties = { display: 'flex', gap: '0.5rem', alignItems: 'center', padding: '0.2rem 0' };

/**
 * « Exporter » : format, version (interne ou externe), what the version leaves out, download.
 * A modal <dialog>: focus stays inside, Échap closes, every choice is a native radio button.
 */
export function ExportDialog({ documentId, onClose }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const options = useApiResource(`export-options:${documentId}`, (signal) =>
    getJson<ExportOptionsResponse>(`${exportPath(documentId)}/options`, signal),
  );
  const minutes = useApiResource(`minutes:${documentId}`, (signal) => getMinutes(documentId, signal));
  const [format, setFormat] = useState<ExportFormat>('odt');
  const [chosenProfile, setChosenProfile] = useState<ExportProfile | null>(null);
  const [commentsChecked, setCommentsChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The server refused a PDF although it announced one (Chromium removed since). */
  const [pdfRefused, setPdfRefused] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

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

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.code === 'pdf_unavailable') setPdfRefused(true);
      setError(caught instanceof Error ? caught.message : 'L’export a échoué.');
    } finally {
      setBusy(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const response = await fetchExport(documentId, format, profile, withComments);
      saveFile(await response.blob(), fileNameOf(response, `compte-rendu.${exportFormats[format].extension}`));
    });
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      style={dialogStyle}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={handleSubmit} aria-busy={busy}>
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          Exporter le compte-rendu
        </h2>

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
            Ce serveur ne sait pas produire de PDF. Utilisez « Imprimer depuis le navigateur » puis « Enregistrer en PDF ».
          </p>
        )}
        {error && (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        )}

        <div className="form-actions">
          {format === 'pdf' && pdfMissing ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !ready}
              onClick={() => void run(() => printInBrowser(documentId, profile, withComments))}
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
    </dialog>
  );
}
