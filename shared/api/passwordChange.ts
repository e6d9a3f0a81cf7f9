import { z } from 'zod';

/** Body of `POST /api/me/password`: the signed-in account changes its own password. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, 'le mot de passe actuel est obligatoire').max(200, '200 caractères au plus'),
    /** Same rule as every new password: long enough to resist guessing, no composition rules. */
    newPassword: z.string().min(10, 'au moins 10 caractères').max(200, '200 caractères au plus'),
  })
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'choisissez un mot de passe différent de l’actuel',
  });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

export interface PasswordChangeResponse {
  /** The account's other sessions, now ended (this one stays open). */
  endedSessions: number;
}

/** The answer to a wrong current password (403), shown as is under the field. */
export const WRONG_CURRENT_PASSWORD = 'Le mot de passe actuel est incorrect.';
