import { useState, type FormEvent } from 'react';
import { resetPasswordSchema } from '../../../shared/api/auth';
import type { PasswordResetPreview } from '../../api/accountTypes';
import { getPasswordReset, resetPassword, signIn } from '../../api/authApi';
import { useApiResource } from '../../api/useApiResource';
import { fieldErrors } from '../../forms/fieldErrors';
import { SIGN_IN_PATH } from '../../router/matchRoute';
import { navigate } from '../../router/navigation';
import { AuthLayout, InvalidLinkNotice } from './AuthLayout';
import { confirmationError } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/** `/reinitialisation/:secret`: a new password for the account the coordination made the link for. */
export function PasswordResetPage({ secret }: { secret: string }) {
  const account = useApiResource(secret, (signal) => getPasswordReset(secret, signal));

  return (
    <AuthLayout title="Nouveau mot de passe">
      {account.status === 'loading' && (
        <p className="muted" role="status">
          Vérification du lien…
        </p>
      )}
      {account.status === 'error' && <InvalidLinkNotice message={account.error.message} />}
      {account.status === 'ready' && <NewPasswordForm secret={secret} account={account.data} />}
    </AuthLayout>
  );
}

function NewPasswordForm({ secret, account }: { secret: string; account: PasswordResetPreview }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useFocusFirstInvalid(errors);
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = resetPasswordSchema.safeParse({ password });
    const mismatch = confirmationError(password, confirmation);
    if (!parsed.success || mismatch) {
      setErrors(parsed.success ? { confirmation: mismatch ?? '' } : fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      await resetPassword(secret, parsed.data.password);
    } catch (error) {
      setServerError(error instanceof Error ? error.message : 'Le changement de mot de passe a échoué.');
      setSubmitting(false);
      return;
    }
    // The reset signs the account out everywhere and starts no session: sign in with the new password.
    try {
      await signIn(account.email, parsed.data.password);
      navigate('/', { replace: true });
    } catch {
      navigate(SIGN_IN_PATH, { replace: true });
    }
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <p className="hint">
        Compte de <strong>{account.name}</strong> ({account.email}). Toutes les sessions et tous les jetons d’API de ce
        compte seront révoqués.
      </p>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="email" autoComplete="username" value={account.email} readOnly hidden />
      <NewPasswordFields
        label="Nouveau mot de passe"
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        errors={errors}
        autoFocus
      />
      {serverError && (
        <p className="banner banner--error" role="alert">
          {serverError}
        </p>
      )}
      <div className="form-actions auth-actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Enregistrement…' : 'Enregistrer le mot de passe'}
        </button>
      </div>
    </form>
  );
}
