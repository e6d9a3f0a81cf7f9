import { attendanceLabels } from '../../shared/model/participants';
import { useApiResource } from '../api/useApiResource';
import { formatMeetingDate, formatTimestamp } from '../format/formatDate';
import { ReadOnlyDocument } from './ReadOnlyDocument';
import { readVersion } from './reviewApi';
import { versionKindLabels } from './versionLabels';

/** One past version, read-only, as the document read then: header, participants, body. */
export function VersionView({ documentId, versionId }: { documentId: string; versionId: string }) {
  const version = useApiResource(`${documentId}:${versionId}`, (signal) => readVersion(documentId, versionId, signal));
  if (version.status === 'loading') return <p className="muted">Chargement de la version…</p>;
  if (version.status === 'error') {
    return (
      <p className="banner banner--error" role="alert">
        {version.error.message}
      </p>
    );
  }
  const { meta, participants, content, version: summary } = version.data;
  return (
    <article className="review-version">
      <p className="review-version__origin">
        {versionKindLabels[summary.kind]} · {formatTimestamp(summary.createdAt)} · empreinte{' '}
        <code title={summary.hash}>{summary.hash.slice(0, 12)}</code>
      </p>
      <header className="review-version__heading">
        <h3>{meta.title}</h3>
        {meta.meetingDate && <p className="muted">Réunion du {formatMeetingDate(meta.meetingDate)}</p>}
      </header>
      {participants.length > 0 && (
        <dl className="review-version__participants">
          {Object.entries(attendanceLabels).map(([attendance, label]) => {
            const here = participants.filter((p) => p.attendance === attendance);
            if (here.length === 0) return null;
            return (
              <div key={attendance}>
                <dt>{label}</dt>
                <dd>
                  {here.map((p) => (p.people.length ? `${p.organisation} (${p.people.join(', ')})` : p.organisation)).join(' ; ')}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      <ReadOnlyDocument content={content} />
    </article>
  );
}
