import { useState, type FormEvent } from 'react';
import { passwordChangeSchema } from '../../../shared/api/passwordChange';
import { ApiRequestError } from '../../api/http';
import { changePassword } from '../../api/passwordChangeApi';
import { fieldErrors } from '../../forms/fieldErrors';
import { NewPasswordFields } from './NewPasswordFields';
import { confirmationError } from './newPassword';
import { TextField } from './TextField';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

type Errors = Partial<Record<'currentPassword' | 'password' | 'confirmation', string>>;

const endedSessionsText = (count: number) =>
  count === 0
    ? 'Aucune autre session n’était ouverte.'
    : count === 1
      ? 'Votre autre session a été fermée.'
      : `Vos ${count} autres sessions ont été fermées.`;

/**
 * « Changer de mot de passe » in the settings: the current password, the new one twice
 * (SPEC A15). This session stays open; the others are signed out, which the form says
 * before and after.
 */
export function PasswordChangeSection() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useFocusFirstInvalid(errors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setServerError(null);
    const parsed = passwordChangeSchema.safeParse({ currentPassword, newPassword: password });
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    const next: Errors = {
      currentPassword: found.currentPassword,
      password: found.newPassword,
      confirmation: confirmationError(password, confirmation),
    };
    if (!parsed.success || next.confirmation) {
      setErrors(next);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const { endedSessions } = await changePassword(parsed.data);
      setCurrentPassword('');
      setPassword('');
      setConfirmation('');
      setDone(`Mot de passe changé. ${endedSessionsText(endedSessions)}`);
    } catch (failure) {
      if (failure instanceof ApiRequestError && failure.code === 'wrong_password') {
        // The focus moves to the field (useFocusFirstInvalid), emptied for another try.
        setErrors({ currentPassword: failure.message });
        setCurrentPassword('');
      } else {
        setServerError(failure instanceof Error ? failure.message : 'Le changement de mot de passe a échoué.');
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Changer de mot de passe</h2>
      <p className="hint">
        Vos autres sessions (autres navigateurs, autres appareils) seront fermées ; celle-ci reste ouverte. Vos jetons
        d’API restent valables : révoquez-les ci-dessous si besoin.
      </p>
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <TextField
          label="Mot de passe actuel"
          type="password"
          name="current-password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.currentPassword}
        />
        <NewPasswordFields
          label="Nouveau mot de passe"
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          errors={{ password: errors.password, confirmation: errors.confirmation }}
        />
        {serverError && (
          <p className="banner banner--error" role="alert">
            {serverError}
          </p>
        )}
        {done && (
          <p className="banner banner--success" role="status">
            {done}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Changement…' : 'Changer le mot de passe'}
          </button>
        </div>
      </form>
    </section>
  );
}
