import type { Context } from 'hono';
import type { z } from 'zod';
import '../../../shared/api/frenchZodMessages';
import { fieldLabel } from './fieldLabels';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** « Champ « titre » invalide : le titre est obligatoire. » for the first issue of a failed parse. */
export function invalidRequestMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Requête invalide.';
  return `Champ « ${fieldLabel(issue.path)} » invalide : ${issue.message}.`;
}

/**
 * Parses and validates a JSON request body. The failure message is French and names
 * the first offending field, for the UI to show as is (zod's own messages are French
 * once `frenchZodMessages` is loaded, which this module makes sure of).
 */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<BodyResult<z.infer<S>>> {
  if (!c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
    return { ok: false, message: 'Le corps de la requête doit être du JSON (Content-Type: application/json).' };
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, message: 'Le corps de la requête n’est pas du JSON valide.' };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: invalidRequestMessage(parsed.error) };
  return { ok: true, value: parsed.data };
}
