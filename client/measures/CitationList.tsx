import type { MeasureCitationView } from '../../shared/api/measureIndex';
import { formatMeetingDate } from '../format/formatDate';
import { Link } from '../router/Link';
import { passagePath } from '../search/searchApi';

/** « Amicale du Nid (Hélène) — section « Actualités » » */
export function citationPlace(citation: MeasureCitationView): string {
  const speaker = citation.organisation ? `${citation.organisation}${citation.person ? ` (${citation.person})` : ''}` : '';
  const section = citation.section ? `section «\u00a0${citation.section}\u00a0»` : '';
  return [speaker, section].filter(Boolean).join(' — ');
}

/** The passages citing a measure, each a link to the editor at its block. */
export function CitationList({ citations }: { citations: MeasureCitationView[] }) {
  return (
    <ol className="search-results">
      {citations.map((citation, index) => (
        <li key={`${citation.documentId}-${citation.blockId}-${index}`} className="search-result">
          <Link to={passagePath(citation.documentId, citation.blockId)} className="search-result__title">
            {citation.title}
            {citation.meetingDate ? ` — ${formatMeetingDate(citation.meetingDate)}` : ''}
          </Link>
          <p className="search-result__where">
            {citation.validated ? 'Texte validé' : 'Texte en cours'}
            {citationPlace(citation) ? ` — ${citationPlace(citation)}` : ''}
          </p>
          <p className="search-result__excerpt">{citation.excerpt}</p>
        </li>
      ))}
    </ol>
  );
}
