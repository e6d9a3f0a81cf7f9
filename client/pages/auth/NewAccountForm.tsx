import { useState, type FormEvent } from 'react';
import { acceptInvitationSchema } from '../../../shared/api/auth';
import { fieldErrors } from '../../forms/fieldErrors';
import { confirmationError } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { TextField } from './TextField';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

interface NewAccountFormProps {
  submitLabel: string;
  /** Rejects with an Error whose French message is shown (e.g. « adresse déjà utilisée »). */
  onSubmit(account: NewAccount): Promise<void>;
}

/** Name, e-mail and a new password: the account made from an invitation or the first-start link. */
export function NewAccountForm({ submitLabel, onSubmit }: NewAccountFormProps) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useFocusFirstInvalid(errors);
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = acceptInvitationSchema.safeParse({ name, email, password });
    const mismatch = confirmationError(password, confirmation);
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    if (!parsed.success || mismatch) {
      setErrors({ ...found, ...(mismatch && !found.password ? { confirmation: mismatch } : {}) });
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'La création du compte a échoué.');
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <TextField label="Votre nom" name="name" autoComplete="name" value={name} onChange={setName} error={errors.name} autoFocus />
      <TextField
        label="Adresse e-mail"
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errors.email}
        hint="Elle vous servira à vous connecter."
      />
      <NewPasswordFields
        label="Mot de passe"
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        errors={errors}
      />
      {serverError && (
        <p className="banner banner--error" role="alert">
          {serverError}
        </p>
      )}
      <div className="form-actions auth-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Création du compte…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
