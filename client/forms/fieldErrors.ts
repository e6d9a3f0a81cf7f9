import type { z } from 'zod';

/**
 * The first message of each invalid field, keyed by its dotted path (`meta.title`), ready to
 * show under the input. Schema messages are written lower-case to fit in sentences; here
 * they stand alone, so they get a capital.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= capitalize(issue.message);
  }
  return errors;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}
