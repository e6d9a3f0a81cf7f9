/**
 * `npm run import -- <fichier> [--json | --create --url <serveur> --token <jeton>] [--plan <id>] [--force]`:
 * imports an existing compte-rendu (.txt, .md, .docx) into the structured model.
 *   --json    prints one JSON object { meta, participants, content, report } on stdout;
 *   --create  creates it on a running server (POST /api/minutes) and prints its id;
 *   neither   prints what was recognised and the passages to check.
 * Measure references link to the plan registry every new collective gets (or `--plan`);
 * with --create, to the collective's own plan on the server.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, type ImportedMinutes, type PlanRegistry, importFile } from '../shared/import/importMinutes';
import { recognisedLabels } from '../shared/import/importReport';
import defaultPlan from '../server/src/demo/plan-2014-2016-mesures.json';

const USAGE = 'Usage : npm run import -- <fichier .txt|.md|.docx> [--json | --create --url <serveur> --token <jeton>] [--plan <id>] [--force]';

class UsageError extends Error {}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function fetchJson<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new Error(`${response.status} ${body.message ?? response.statusText}`);
  return body;
}

/** The collective's plan on the server, so that references link to its registry. */
async function serverPlan(url: string, token: string): Promise<PlanRegistry | undefined> {
  const { plans } = await fetchJson<{ plans: Array<{ id: string }> }>(`${url}/api/plans`, { headers: bearer(token) });
  const first = plans[0];
  if (!first) return undefined;
  const plan = await fetchJson<{ id: string; measures: Array<{ number: number }> }>(`${url}/api/plans/${encodeURIComponent(first.id)}`, {
    headers: bearer(token),
  });
  return { id: plan.id, measures: plan.measures.map((measure) => measure.number) };
}

function summary({ meta, report }: ImportedMinutes): string {
  const kinds = Object.keys(recognisedLabels) as Array<keyof typeof recognisedLabels>;
  const counts = kinds.map((kind) => `  ${recognisedLabels[kind]} : ${report.recognised[kind]}`);
  const unit = report.positionUnit === 'line' ? 'ligne' : 'paragraphe';
  const unsure = report.unsure.map((passage) => {
    const where = passage.position ? `${unit} ${passage.position} — ` : '';
    return `  ${where}${passage.reason}${passage.text ? `\n    « ${passage.text} »` : ''}`;
  });
  return [`« ${meta.title} »`, 'Reconnu :', ...counts, unsure.length > 0 ? 'À vérifier :' : 'Rien à vérifier.', ...unsure].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      create: { type: 'boolean', default: false },
      url: { type: 'string' },
      token: { type: 'string' },
      plan: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1 || (values.json && values.create)) throw new UsageError(USAGE);
  if (values.create && (!values.url || !values.token)) throw new UsageError('--create demande --url et --token.');
  const url = values.url?.replace(/\/+$/, '');

  const plan: PlanRegistry | undefined =
    values.create && url && values.token
      ? await serverPlan(url, values.token)
      : { id: values.plan ?? defaultPlan.id, ...(values.plan ? {} : { measures: defaultPlan.measures.map((m) => m.number) }) };
  const imported = await importFile(basename(file), new Uint8Array(await readFile(file)), plan ? { plan } : {});
  if (!imported.report.looksLikeMinutes && !values.force) {
    throw new Error(
      'Ce fichier ne ressemble pas à un compte-rendu (ni titre, ni participants, ni « À suivre », ni sections numérotées). ' +
        '--force pour l’importer quand même.',
    );
  }

  if (values.json) {
    const { meta, participants, content, report } = imported;
    process.stdout.write(`${JSON.stringify({ meta, participants, content, report }, null, 2)}\n`);
  } else if (values.create && url && values.token) {
    const { id } = await fetchJson<{ id: string }>(`${url}/api/minutes`, {
      method: 'POST',
      headers: { ...bearer(values.token), 'content-type': 'application/json' },
      body: JSON.stringify({ meta: imported.meta, participants: imported.participants, content: imported.content }),
    });
    process.stderr.write(`${summary(imported)}\n`);
    process.stdout.write(`${id}\n`);
  } else {
    process.stdout.write(`${summary(imported)}\n`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ImportError || error instanceof UsageError;
  process.stderr.write(`${known ? '' : 'Échec : '}${(error as Error).message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
