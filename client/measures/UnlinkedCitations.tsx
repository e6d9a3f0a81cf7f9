import { useState } from 'react';
import type { MeasureCitationView } from '../../shared/api/measureIndex';
import { formatMeetingDate } from '../format/formatDate';
import { Link } from '../router/Link';
import { passagePath } from '../search/searchApi';
import { citationPlace } from './CitationList';
import { linkMeasure } from './measureIndexApi';

interface UnlinkedCitationsProps {
  planId: string;
  number: number;
  citations: MeasureCitationView[];
  /** Whether the user may write to the comptes-rendus of the collective (members and above). */
  canLink: boolean;
  onLinked(): void;
}

/**
 * Plain words « mesure 22 » not linked to the registry (SPEC X1): never counted, offered
 * here so one click turns them into a reference, through the relay (X5).
 */
export function UnlinkedCitations({ planId, number, citations, canLink, onLinked }: UnlinkedCitationsProps) {
  const [pending, setPending] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function link(citation: MeasureCitationView, index: number) {
    if (!citation.phrase) return;
    setPending(index);
    setError(null);
    try {
      await linkMeasure({ documentId: citation.documentId, blockId: citation.blockId, phrase: citation.phrase, planId, number });
      onLinked();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La mise en lien a échoué.');
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <ol className="search-results">
        {citations.map((citation, index) => (
          <li key={`${citation.documentId}-${citation.blockId}-${index}`} className="search-result">
            <Link to={passagePath(citation.documentId, citation.blockId)} className="search-result__title">
              {citation.title}
              {citation.meetingDate ? ` — ${formatMeetingDate(citation.meetingDate)}` : ''}
            </Link>
            <p className="search-result__where">
              «\u00a0{citation.phrase}\u00a0», à relier{citationPlace(citation) ? ` — ${citationPlace(citation)}` : ''}
            </p>
            <p className="search-result__excerpt">{citation.excerpt}</p>
            {canLink && !citation.validated && (
              <button
                type="button"
                className="button button--small"
                disabled={pending !== null}
                onClick={() => void link(citation, index)}
                aria-label={`Relier «\u00a0${citation.phrase}\u00a0» de ${citation.title} à la mesure ${number}`}
              >
                {pending === index ? 'Mise en lien…' : 'Relier à la mesure'}
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
