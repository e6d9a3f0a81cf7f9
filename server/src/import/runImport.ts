import { createMinutesSchema } from '../../../shared/api/minutes';
import { ImportError, type ImportedMinutes, importFile } from '../../../shared/import/importMinutes';
import { InvalidContentError, seededState } from '../storage/seedMinutes';
import type { ImportJob, ImportReply } from './importJob';

const NOT_MINUTES =
  'Ce fichier ne ressemble pas à un compte-rendu : ni titre de compte-rendu, ni liste de participants, ' +
  'ni encadré « À suivre », ni sections numérotées.';

/**
 * Reads an uploaded file, recognises the compte-rendu in it and writes its initial state
 * (run by the export worker): every refusal keeps the message the person importing reads.
 */
export async function runImport({ name, bytes, plan, knownOrganisations }: ImportJob): Promise<ImportReply> {
  try {
    let imported: ImportedMinutes;
    try {
      imported = await importFile(name, bytes, { ...(plan ? { plan } : {}), knownOrganisations });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return { ok: false, reason: 'refused', code: error.code, message: error.message };
    }
    if (!imported.report.looksLikeMinutes) return { ok: false, reason: 'refused', code: 'not_minutes', message: NOT_MINUTES };
    const request = createMinutesSchema.safeParse({ meta: imported.meta, participants: imported.participants, content: imported.content });
    if (!request.success) {
      const issue = request.error.issues[0];
      const message = `Compte-rendu importé refusé : champ « ${issue?.path.join('.')} » invalide (${issue?.message}).`;
      return { ok: false, reason: 'refused', code: 'invalid_content', message };
    }
    try {
      return { ok: true, meta: request.data.meta, state: seededState(request.data), report: imported.report };
    } catch (error) {
      if (!(error instanceof InvalidContentError)) throw error;
      const message = `Contenu refusé : il ne respecte pas le modèle d’un compte-rendu (${error.message}).`;
      return { ok: false, reason: 'refused', code: 'invalid_content', message };
    }
  } catch (error) {
    return { ok: false, reason: 'failed', message: (error as Error).message };
  }
}
