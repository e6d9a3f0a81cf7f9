import { z } from 'zod';
import { ROLES, type Role } from './roles';

export const emailSchema = z.string().trim().toLowerCase().email('adresse e-mail invalide').max(254);
/** Long enough to resist guessing; no composition rules (they only make passwords worse). */
const password = z.string().min(10, 'au moins 10 caractères').max(200);
const name = z.string().trim().min(1, 'le nom est obligatoire').max(120);

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const setupSchema = z.object({
  collectiveName: z.string().trim().min(1).max(200).optional(),
  name,
  email: emailSchema,
  password,
});
export const acceptInvitationSchema = z.object({ name, email: emailSchema, password });
export const resetPasswordSchema = z.object({ password });
export const createInvitationSchema = z.object({
  associationId: z.string().min(1).max(64).nullable(),
  role: z.enum(ROLES),
});
export const createAssociationSchema = z.object({ name: z.string().trim().min(1).max(200) });
export const updateUserSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    associationId: z.string().min(1).max(64).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'rien à modifier');
export const createTokenSchema = z.object({ name: z.string().trim().min(1, 'donnez un nom au jeton').max(100) });

export interface MeResponse {
  user: { id: string; email: string; name: string; role: Role; associationId: string | null; associationName: string | null };
  collective: { id: string; name: string };
  /** Send back as `X-CSRF-Token` on every write made with the session cookie. */
  csrfToken: string | null;
}

/** A one-time link to hand over (no mail server is assumed). */
export interface LinkResponse {
  url: string;
  expiresAt: string;
}
