import { useEffect, useState } from 'react';
import type { AnnexedInEntry } from '../../shared/api/annexedIn';
import { frenchLongDate } from '../../shared/export/frenchDate';
import { annexedIn } from '../api/annexedInApi';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';

interface AnnexedInNoticeProps {
  documentId: string;
  /** The page's reading of the compte-rendu: each new one (a reload) reads the list again. */
  readAgainWith: unknown;
}

/**
 * « Annexé au compte-rendu du 22 novembre 2013 (annexe 3) », one line per compte-rendu the
 * reader may read that annexes this one, each linking to it (N7). Nothing when there is none,
 * or when the list cannot be read: it is a pointer, never worth an error on the page.
 */
export function AnnexedInNotice({ documentId, readAgainWith }: AnnexedInNoticeProps) {
  const [entries, setEntries] = useState<{ documentId: string; list: AnnexedInEntry[] }>({ documentId, list: [] });

  useEffect(() => {
    const controller = new AbortController();
    // What is shown stays until the new answer arrives, so the heading does not blink.
    annexedIn(documentId, controller.signal).then(
      (list) => setEntries({ documentId, list }),
      () => undefined,
    );
    return () => controller.abort();
  }, [documentId, readAgainWith]);

  if (entries.documentId !== documentId || entries.list.length === 0) return null;
  return (
    <div data-testid="annexed-in-notice">
      {entries.list.map((entry) => (
        <p key={entry.documentId} className="review-validation__statement">
          Annexé au{' '}
          <Link to={editorPath(entry.documentId)}>
            {entry.meetingDate ? `compte-rendu du ${frenchLongDate(entry.meetingDate) ?? entry.meetingDate}` : `compte-rendu «\u00a0${entry.title}\u00a0»`}
          </Link>{' '}
          (annexe {entry.annexNumber})
        </p>
      ))}
    </div>
  );
}
