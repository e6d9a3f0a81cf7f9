import { useRef, useState, type FormEvent } from 'react';
import { createAssociationSchema } from '../../../shared/api/auth';
import type { Account, Association } from '../../api/accountTypes';
import { createAssociation } from '../../api/membersApi';
import { SubmissionKey } from '../../api/submissionKey';
import { TextField } from '../auth/TextField';

interface AssociationsSectionProps {
  associations: Association[];
  accounts: Account[];
  onCreated(association: Association): void;
}

/** The collective's member associations, and a form to add one. */
export function AssociationsSection({ associations, accounts, onCreated }: AssociationsSectionProps) {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submission = useRef(new SubmissionKey());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createAssociationSchema.safeParse({ name });
    if (!parsed.success) {
      setNameError('Le nom de l’association est obligatoire');
      return;
    }
    setNameError(undefined);
    setError(null);
    setSaving(true);
    try {
      const created = await createAssociation(parsed.data.name, submission.current.for(parsed.data.name));
      submission.current.reset();
      onCreated(created);
      setName('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’ajout de l’association a échoué.');
    } finally {
      setSaving(false);
    }
  }

  const membersOf = (id: string) => accounts.filter((account) => account.associationId === id).length;
  return (
    <section className="card" aria-labelledby="associations-heading">
      <h2 id="associations-heading">Associations membres</h2>
      {associations.length === 0 ? (
        <p className="muted">Aucune association pour l’instant : ajoutez la première ci-dessous.</p>
      ) : (
        <ul className="association-list">
          {associations.map((association) => (
            <li key={association.id}>
              <span className="association-list__name">{association.name}</span>
              <span className="muted">
                {membersOf(association.id)} compte{membersOf(association.id) > 1 ? 's' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="form-row" onSubmit={handleSubmit} noValidate>
        <TextField
          className="field--grow"
          label="Nom de la nouvelle association"
          name="association-name"
          value={name}
          onChange={setName}
          error={nameError}
          maxLength={200}
        />
        <div className="form-actions form-actions--inline">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Ajout…' : 'Ajouter l’association'}
          </button>
        </div>
      </form>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
