import type { Context } from 'hono';
import type { z } from 'zod';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Parses and validates a JSON request body. The failure message is French and names
 * the first offending field, for the UI to show as is.
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'corps';
    return { ok: false, message: `Champ « ${field} » invalide : ${issue?.message ?? 'valeur refusée'}.` };
  }
  return { ok: true, value: parsed.data };
}
