/** The second typing of a new password must match the first: a typo would lock the person out. */
export function confirmationError(password: string, confirmation: string): string | undefined {
  return password === confirmation ? undefined : 'Les deux mots de passe ne sont pas identiques.';
}

/** Said under every new-password field (the rule is `shared/api/auth.ts`). */
export const PASSWORD_HINT = 'Au moins 10 caractères. Une phrase facile à retenir fait un bon mot de passe.';
