import { useId, useRef, useState, type FormEvent } from 'react';
import { nextMinutesSchema } from '../../shared/api/minutes';
import { prepareNextMinutes } from '../api/seriesApi';
import { SubmissionKey } from '../api/submissionKey';
import { fieldErrors } from '../forms/fieldErrors';
import { editorPath } from '../router/matchRoute';
import { navigate } from '../router/navigation';
import { ModalDialog } from './ModalDialog';

interface NextMinutesDialogProps {
  documentId: string;
  onClose(): void;
}

/**
 * « Préparer le prochain compte-rendu » (M9): the server seeds it from this one. The date and
 * place are asked only as a fallback: left empty, those announced in « Prochaines réunions »
 * are taken, and the server says so if there are none.
 */
export function NextMinutesDialog({ documentId, onClose }: NextMinutesDialogProps) {
  const fieldId = useId();
  const [meetingDate, setMeetingDate] = useState('');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const submission = useRef(new SubmissionKey());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (preparing) return;
    const parsed = nextMinutesSchema.safeParse({
      ...(meetingDate === '' ? {} : { meetingDate }),
      ...(place.trim() === '' ? {} : { place }),
    });
    if (!parsed.success) {
      setError(Object.values(fieldErrors(parsed.error))[0] ?? 'Date ou lieu invalide.');
      return;
    }
    setError(null);
    setPreparing(true);
    try {
      const id = await prepareNextMinutes(documentId, parsed.data, submission.current.for(JSON.stringify(parsed.data)));
      submission.current.reset();
      onClose();
      navigate(editorPath(id));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La préparation a échoué.');
      setPreparing(false);
    }
  }

  return (
    <ModalDialog title="Préparer le prochain compte-rendu" onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate>
        <p>
          Le prochain compte-rendu de la série reprendra la liste des participants (présence à préciser), l’adoption de ce
          compte-rendu et tous les points «&nbsp;À suivre&nbsp;» encore ouverts.
        </p>
        <p className="muted" id={`${fieldId}-hint`}>
          Laissez la date et le lieu vides pour reprendre ceux annoncés dans «&nbsp;Prochaines réunions&nbsp;».
        </p>
        <div className="field">
          <label htmlFor={`${fieldId}-date`}>Date de la prochaine réunion</label>
          <input
            id={`${fieldId}-date`}
            type="date"
            value={meetingDate}
            data-autofocus
            aria-describedby={`${fieldId}-hint`}
            onChange={(event) => setMeetingDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${fieldId}-place`}>Lieu de la réunion</label>
          <input id={`${fieldId}-place`} value={place} maxLength={200} onChange={(event) => setPlace(event.target.value)} />
        </div>
        {error && (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions modal-dialog__footer">
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button--primary" disabled={preparing}>
            {preparing ? 'Préparation…' : 'Préparer'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The review panel's entry to the next minutes, for the secretariat and the coordination. */
export function PrepareNextMinutes({ documentId }: { documentId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="review-section" aria-label="Prochain compte-rendu">
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Préparer le prochain compte-rendu
      </button>
      {open && <NextMinutesDialog documentId={documentId} onClose={() => setOpen(false)} />}
    </section>
  );
}
