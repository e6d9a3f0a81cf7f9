import { useId, useState } from 'react';
import type * as Y from 'yjs';
import type { MinutesDocument } from '../../shared/api/minutes';
import type { MinutesMeta } from '../../shared/model/meta';
import { ValidationStatement } from '../editor/ValidationStatement';
import { formatMeetingDate } from '../format/formatDate';
import { MetadataForm } from './MetadataForm';

interface DocumentHeadingProps {
  doc: Y.Doc;
  meta: MinutesMeta;
  validation: MinutesDocument['validation'];
  /** This person may write the header; `editable` says whether they can right now. */
  writer: boolean;
  editable: boolean;
}

/** The top of the compte-rendu as it will be printed, and the form that changes it. */
export function DocumentHeading({ doc, meta, validation, writer, editable }: DocumentHeadingProps) {
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const open = editable && editing;

  return (
    <>
      <header className="document-heading">
        <div className="document-heading__text">
          {meta.collective && <p className="document-collective">{meta.collective}</p>}
          <h1>{meta.title}</h1>
          <p className="document-date">
            <span>
              {meta.meetingDate
                ? `Réunion du ${formatMeetingDate(meta.meetingDate)}`
                : 'Date de réunion non renseignée'}
            </span>
            {meta.place && <span className="document-place">{meta.place}</span>}
          </p>
          <ValidationStatement validation={validation} />
        </div>
        {writer && (
          <button
            type="button"
            className="button button--small document-heading__edit"
            aria-expanded={open}
            aria-controls={open ? formId : undefined}
            disabled={!editable}
            onClick={() => setEditing(!editing)}
          >
            {open ? 'Fermer l’en-tête' : 'Modifier l’en-tête'}
          </button>
        )}
      </header>
      {open && <MetadataForm id={formId} doc={doc} meta={meta} onClose={() => setEditing(false)} />}
    </>
  );
}
