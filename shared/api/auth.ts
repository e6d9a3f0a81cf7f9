import { z } from 'zod';
import './frenchZodMessages';
import { requiredSingleLineText } from '../model/singleLineText';
import { ROLES, type Role } from './roles';

export const emailSchema = z.string().trim().toLowerCase().email('adresse e-mail invalide').max(254);
/** Long enough to resist guessing; no composition rules (they only make passwords worse). */
const password = z.string().min(10, 'au moins 10 caractères').max(200);
/** An account's name, shown on every caret, comment and approval: one line (SPEC A2). */
const name = requiredSingleLineText(120, 'le nom est obligatoire');

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const setupSchema = z.object({
  collectiveName: requiredSingleLineText(200, 'le nom du collectif est obligatoire').optional(),
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
export const createAssociationSchema = z.object({ name: requiredSingleLineText(200, 'le nom de l’association est obligatoire') });
export const updateUserSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    associationId: z.string().min(1).max(64).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'rien à modifier');
export const createTokenSchema = z.object({ name: requiredSingleLineText(100, 'donnez un nom au jeton') });

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
