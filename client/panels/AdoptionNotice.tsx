import { adoptionOf } from '../api/seriesApi';
import { useApiResource } from '../api/useApiResource';
import { formatMeetingDate } from '../format/formatDate';
import { Link } from '../router/Link';
import { editorPath } from '../router/matchRoute';

/**
 * « Adopté lors de la réunion du … » with a link to the validated minutes of that meeting,
 * which link back here from their « Adoption du compte-rendu » section (M11). Nothing until then.
 */
export function AdoptionNotice({ documentId }: { documentId: string }) {
  const adoption = useApiResource(`adoption-${documentId}`, (signal) => adoptionOf(documentId, signal));
  if (adoption.status !== 'ready' || !adoption.data) return null;
  const { documentId: adoptingId, meetingDate } = adoption.data;
  return (
    <p className="review-validation__statement" data-testid="adoption-notice">
      Adopté lors de la{' '}
      <Link to={editorPath(adoptingId)}>réunion {meetingDate ? `du ${formatMeetingDate(meetingDate)}` : 'suivante'}</Link>
    </p>
  );
}
