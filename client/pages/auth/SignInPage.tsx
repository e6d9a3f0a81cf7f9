import { useRef, useState, type FormEvent } from 'react';
import { loginSchema } from '../../../shared/api/auth';
import { signIn } from '../../api/authApi';
import { returnPathFrom } from '../../auth/signInRedirect';
import { signInErrorMessage } from '../../auth/signInErrorMessage';
import { fieldErrors } from '../../forms/fieldErrors';
import { navigate, useLocationSearch } from '../../router/navigation';
import { AuthLayout } from './AuthLayout';
import { FirstStartNotice } from './FirstStartNotice';
import { TextField } from './TextField';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/** `/connexion`: e-mail and password, then back to the page the user was going to. */
export function SignInPage() {
  const returnTo = returnPathFrom(useLocationSearch());
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useFocusFirstInvalid(errors);
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = loginSchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      await signIn(parsed.data.email, parsed.data.password);
      navigate(returnTo, { replace: true });
    } catch (error) {
      setServerError(signInErrorMessage(error));
      setPassword('');
      setSubmitting(false);
      passwordInput.current?.focus();
    }
  }

  return (
    <AuthLayout title="Connexion">
      <FirstStartNotice />
      {returnTo !== '/' && <p className="hint">Connectez-vous pour ouvrir cette page.</p>}
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <TextField
          label="Adresse e-mail"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.email && 'Adresse e-mail invalide'}
          autoFocus
        />
        <TextField
          label="Mot de passe"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password && 'Le mot de passe est obligatoire'}
          inputRef={passwordInput}
        />
        {serverError && (
          <p className="banner banner--error" role="alert">
            {serverError}
          </p>
        )}
        <div className="form-actions auth-actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Connexion…' : 'Se connecter'}
          </button>
        </div>
      </form>
      <p className="auth-note">
        Mot de passe oublié ? Demandez à la coordination de votre collectif un lien de réinitialisation.
      </p>
    </AuthLayout>
  );
}
