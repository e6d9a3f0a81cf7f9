import { useId, useState, type FormEvent } from 'react';
import { caretLabel, colorForName, identitySchema, type Identity } from '../identity';
import { fieldErrors } from '../forms/fieldErrors';

interface IdentityFormProps {
  initial: Identity | null;
  /** Prefills a first identity, e.g. from the signed-in account. */
  suggested?: Identity;
  onSave(identity: Identity): void;
  /** Offered when changing an existing identity; absent when one is required. */
  onCancel?: () => void;
}

/** Asks for the name and association shown to the others next to this person's caret. */
export function IdentityForm({ initial, suggested, onSave, onCancel }: IdentityFormProps) {
  const [name, setName] = useState(initial?.name ?? suggested?.name ?? '');
  const [association, setAssociation] = useState(initial?.association ?? suggested?.association ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fieldId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = identitySchema.safeParse({ name, association });
    if (parsed.success) {
      setErrors({});
      onSave(parsed.data);
      return;
    }
    setErrors(fieldErrors(parsed.error));
  }

  const previewName = name.trim();
  return (
    <form className="identity-form card" onSubmit={handleSubmit} noValidate aria-labelledby={`${fieldId}-heading`}>
      <h2 id={`${fieldId}-heading`}>{initial ? 'Modifier votre identité' : 'Qui êtes-vous ?'}</h2>
      <p className="hint">
        Les autres participants voient votre nom et votre association à côté de votre curseur. Ce choix est
        retenu sur cet appareil.
      </p>
      <div className="field">
        <label htmlFor={`${fieldId}-name`}>Votre nom</label>
        <input
          id={`${fieldId}-name`}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${fieldId}-name-error` : undefined}
          autoFocus
        />
        {errors.name && (
          <p className="field-error" id={`${fieldId}-name-error`}>
            {errors.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${fieldId}-association`}>Votre association</label>
        <input
          id={`${fieldId}-association`}
          name="association"
          autoComplete="organization"
          value={association}
          onChange={(event) => setAssociation(event.target.value)}
          aria-invalid={errors.association ? true : undefined}
          aria-describedby={errors.association ? `${fieldId}-association-error` : undefined}
        />
        {errors.association && (
          <p className="field-error" id={`${fieldId}-association-error`}>
            {errors.association}
          </p>
        )}
      </div>
      {previewName !== '' && (
        <p className="identity-preview">
          Votre curseur :{' '}
          <span className="identity-chip" style={{ backgroundColor: colorForName(previewName) }}>
            {caretLabel({ name: previewName, association })}
          </span>
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {initial ? 'Enregistrer' : 'Continuer'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
