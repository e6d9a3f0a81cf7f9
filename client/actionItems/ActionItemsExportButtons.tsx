import { useState } from 'react';
import { errorFromResponse } from '../api/http';
import { fileNameOf, saveFile } from '../api/exportApi';

const FORMATS = [
  { format: 'odt', label: 'Exporter en ODT' },
  { format: 'docx', label: 'Exporter en DOCX' },
] as const;

/**
 * The filtered list as a document (SPEC T6): the server lays it out with the compte-rendu
 * writers, under the same filters and access as the list on screen.
 */
export function ActionItemsExportButtons({ params }: { params: URLSearchParams }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(format: 'odt' | 'docx') {
    setBusy(true);
    setError(null);
    try {
      const query = new URLSearchParams(params);
      query.set('format', format);
      const response = await fetch(`/api/action-items/export?${query.toString()}`);
      if (!response.ok) throw await errorFromResponse(response);
      saveFile(await response.blob(), fileNameOf(response, `points-a-suivre.${format}`));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" className="button button--small" disabled={busy} onClick={() => void download(format)}>
          {label}
        </button>
      ))}
      {error && <span role="alert">{error}</span>}
    </>
  );
}
