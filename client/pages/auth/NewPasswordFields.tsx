import { PASSWORD_HINT } from './newPassword';
import { TextField } from './TextField';

interface NewPasswordFieldsProps {
  label: string;
  password: string;
  confirmation: string;
  onPassword(value: string): void;
  onConfirmation(value: string): void;
  errors: { password?: string; confirmation?: string };
  autoFocus?: boolean;
}

/** A new password typed twice, with the length hint; password managers see a new password. */
export function NewPasswordFields({ label, password, confirmation, onPassword, onConfirmation, errors, autoFocus }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        error={errors.password}
        hint={PASSWORD_HINT}
        autoFocus={autoFocus}
      />
      <TextField
        label="Confirmez le mot de passe"
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        value={confirmation}
        onChange={onConfirmation}
        error={errors.confirmation}
      />
    </>
  );
}
