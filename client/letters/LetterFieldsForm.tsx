import { type SaveStatus, SaveActions } from './SaveActions';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { LETTER_MAX_ATTACHMENTS, type LetterFields, type LetterView } from '../../shared/api/letters';
import { TextField } from '../pages/auth/TextField';
import { CopiesField } from './CopiesField';
import { isStaleLetter, letterFieldsToSave, letterSaveError } from './letterDraft';
import { saveLetter } from './lettersApi';
import { LineListField } from './LineListField';

interface LetterFieldsFormProps {
  letter: LetterView;
  /** The letter as saved by this form. */
  onSaved(letter: LetterView): void;
  /** Someone else saved first: the page reads the letter again. */
  onStale(): void;
  /** The stale notice, kept by the page across the reload it causes. */
  staleNotice: string | null;
  /** The fields as typed, saved or not, for the preview around the body. */
  onDraft?(fields: LetterFields): void;
}


/**
 * Everything of the letter but its body: letterhead, addressee, place and date, « Objet »,
 * signatory, « PJ », « Copies », the members block and the contact line (SPEC L3). Saved
 * whole with « Enregistrer »; a stale revision is never overwritten (409).
 */
export function LetterFieldsForm({ letter, onSaved, onStale, staleNotice, onDraft }: LetterFieldsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<LetterFields>(letter.fields);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const readOnly = !letter.canEdit;
  const saving = status.kind === 'saving';
  useEffect(() => onDraft?.(draft), [draft, onDraft]);

  const edit = (change: Partial<LetterFields>) => {
    setDraft((current) => ({ ...current, ...change }));
    setStatus((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  };
  const addressee = (change: Partial<LetterFields['addressee']>) => edit({ addressee: { ...draft.addressee, ...change } });
  const signatory = (change: Partial<LetterFields['signatory']>) => edit({ signatory: { ...draft.signatory, ...change } });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || readOnly) return;
    setStatus({ kind: 'saving' });
    try {
      const saved = await saveLetter(letter.id, { revision: letter.revision, fields: letterFieldsToSave(draft) });
      setDraft(saved.fields);
      setStatus({ kind: 'saved' });
      onSaved(saved);
    } catch (failure) {
      if (isStaleLetter(failure)) {
        onStale();
        return;
      }
      setStatus({ kind: 'error', message: letterSaveError(failure) });
    }
  }

  const text = (label: string, value: string, onChange: (value: string) => void, extra: { placeholder?: string; type?: string } = {}) => (
    <TextField label={label} value={value} onChange={onChange} disabled={readOnly} className="field--grow" {...extra} />
  );

  return (
    <form className="card letter-form" aria-labelledby={`${id}-heading`} aria-busy={saving} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-heading`}>Autour du texte</h2>
      {readOnly && <p className="hint">Seuls le secrétariat et la coordination modifient la lettre.</p>}
      {staleNotice && (
        <p className="banner banner--warning" role="alert">
          {staleNotice}
        </p>
      )}
      <LineListField
        legend="En-tête"
        itemLabel="Ligne d’en-tête"
        lines={draft.letterhead}
        onChange={(letterhead) => edit({ letterhead })}
        max={6}
        disabled={readOnly}
      />
      <fieldset className="letter-fieldset">
        <legend>Destinataire</legend>
        <div className="form-row">
          {text('Nom du destinataire', draft.addressee.name, (name) => addressee({ name }), { placeholder: 'Monsieur Bernard Cazeneuve' })}
          {text('Fonction du destinataire', draft.addressee.title, (title) => addressee({ title }), { placeholder: 'Ministre de l’Intérieur' })}
        </div>
        <LineListField
          legend="Adresse"
          itemLabel="Ligne d’adresse"
          lines={draft.addressee.address}
          onChange={(address) => addressee({ address })}
          max={6}
          disabled={readOnly}
        />
      </fieldset>
      <div className="form-row">
        {text('Lieu', draft.place, (place) => edit({ place }), { placeholder: 'Paris' })}
        {text('Date', draft.date, (date) => edit({ date }), { type: 'date' })}
      </div>
      {text('Objet', draft.object, (object) => edit({ object }))}
      <fieldset className="letter-fieldset">
        <legend>Signataire</legend>
        <div className="form-row">
          {text('Nom du signataire', draft.signatory.name, (name) => signatory({ name }))}
          {text('Fonction du signataire', draft.signatory.title, (title) => signatory({ title }))}
        </div>
        {text('Au nom de', draft.signatory.onBehalf, (onBehalf) => signatory({ onBehalf }), { placeholder: 'Pour le Collectif «\u00a0…\u00a0»' })}
      </fieldset>
      <LineListField
        legend="Pièces jointes (PJ)"
        itemLabel="Pièce jointe"
        lines={draft.attachments}
        onChange={(attachments) => edit({ attachments })}
        max={LETTER_MAX_ATTACHMENTS}
        disabled={readOnly}
      />
      <CopiesField copies={draft.copies} onChange={(copies) => edit({ copies })} disabled={readOnly} />
      <label className="letter-checkbox">
        <input type="checkbox" checked={draft.withMembers} disabled={readOnly} onChange={(event) => edit({ withMembers: event.target.checked })} />
        Imprimer la liste des associations membres
      </label>
      {text('Contact', draft.contact, (contact) => edit({ contact }), { placeholder: 'Coordination : adresse e-mail / téléphone' })}
      {!readOnly && <SaveActions status={status} label="Enregistrer" savedText="Enregistré" />}
    </form>
  );
}
