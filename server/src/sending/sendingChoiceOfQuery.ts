import type { z } from 'zod';
import { type SendingChoice, sendingChoiceSchema } from '../../../shared/api/sending';
import { invalidRequestMessage } from '../api/readJsonBody';

/** The longest `recipients` query value read: 20 addresses with names fit well inside. */
const RECIPIENTS_QUERY_MAX = 12_000;

/**
 * The preview's query (D1): the same fields as the sending's body, with `recipients` as a
 * JSON array (`[{"email":"…","name":"…"}]`) and `withAnnexes` as `true`/`false`.
 */
export function sendingChoiceOfQuery(query: Record<string, string>): { ok: true; value: SendingChoice } | { ok: false; message: string } {
  const { recipients, withAnnexes, ...rest } = query;
  let parsedRecipients: unknown = [];
  if (recipients !== undefined) {
    if (recipients.length > RECIPIENTS_QUERY_MAX) return { ok: false, message: 'Paramètre « recipients » trop long.' };
    try {
      parsedRecipients = JSON.parse(recipients);
    } catch {
      return { ok: false, message: 'Paramètre « recipients » invalide : une liste JSON d’adresses est attendue.' };
    }
  }
  if (withAnnexes !== undefined && withAnnexes !== 'true' && withAnnexes !== 'false') {
    return { ok: false, message: 'Paramètre « withAnnexes » invalide : true ou false.' };
  }
  const parsed = sendingChoiceSchema.safeParse({
    ...rest,
    recipients: parsedRecipients,
    ...(withAnnexes === undefined ? {} : { withAnnexes: withAnnexes === 'true' }),
  });
  if (!parsed.success) return { ok: false, message: invalidRequestMessage(parsed.error as z.ZodError) };
  return { ok: true, value: parsed.data };
}
