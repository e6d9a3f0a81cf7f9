import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { type LetterCreated, type LetterSummary, type LetterView, letterUpdateSchema } from '../../../shared/api/letters';
import { atLeast } from '../../../shared/api/roles';
import { storedAnnexReferences } from '../annexes/storedAnnexReferences';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireUser } from '../auth/guards';
import { LETTER_WRITER, type LetterRights, letterRights } from '../auth/letterRights';
import { recordAudit } from '../auth/recordAudit';
import { defaultLetterTemplate } from '../letters/defaultLetterTemplate';
import { forgetLetter } from '../letters/forgetLetters';
import { letterSummary, letterView } from '../letters/letterView';
import { createLetter } from '../letters/newLetter';
import type { Logger } from '../log';
import type { LiveAccess } from '../relay/liveAccess';
import type { DocumentRecord } from '../storage/documentStore';
import type { IdempotencyStore } from '../storage/idempotencyStore';
import type { LetterStore } from '../storage/letterStore';
import type { LetterTemplateStore } from '../storage/letterTemplateStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { idempotent } from './idempotency';
import { readJsonBody } from './readJsonBody';

export type LetterDeps = AuthDeps & { letters: LetterStore; letterTemplates: LetterTemplateStore; idempotency: IdempotencyStore };

export const LETTER_NOT_FOUND = 'Cette lettre d’envoi n’existe pas.';
const MINUTES_NOT_FOUND = 'Ce compte-rendu n’existe pas.';
const WRITERS_ONLY = 'Seuls le secrétariat et la coordination du collectif écrivent les lettres d’envoi.';
const NOT_VALIDATED = 'Une lettre d’envoi ne s’écrit que pour un compte-rendu validé.';
const STALE =
  'Quelqu’un a enregistré cette lettre entre-temps : rechargez-la pour voir ses changements avant d’enregistrer les vôtres.';

/** The `:id` letter if the caller is of its collective (L2), else the 404 to answer. */
export async function guardLetter(c: Context<AppEnv>, deps: Pick<LetterDeps, 'documents' | 'letters'>): Promise<Response | LetterRights> {
  const rights = await letterRights(deps, principalOf(c).user, c.req.param('id') ?? '');
  return rights ?? apiError(c, 404, 'not_found', LETTER_NOT_FOUND);
}

/**
 * `/api/minutes/:id/letters` (SPEC L2–L4): the letters of a compte-rendu, for its own
 * collective only (a share of the compte-rendu gives nothing on them); its secretariat and
 * coordination write one from a validated compte-rendu, prefilled from the collective's template.
 */
export function minutesLetterRoutes(deps: LetterDeps, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  /** The `:id` compte-rendu if it is of the caller's collective, else the 404 to answer. */
  async function ownMinutes(c: Context<AppEnv>): Promise<Response | DocumentRecord> {
    const { user } = principalOf(c);
    const { record } = await documentRights(deps, user, c.req.param('id') ?? '');
    if (!record || record.collectiveId !== user.collectiveId) return apiError(c, 404, 'not_found', MINUTES_NOT_FOUND);
    return record;
  }

  routes.get('/', async (c) => {
    const minutes = await ownMinutes(c);
    if (minutes instanceof Response) return minutes;
    const letters = await deps.letters.listOfMinutes(minutes.id);
    return c.json<{ letters: LetterSummary[] }>({ letters: letters.map(letterSummary) });
  });

  // One submission (a double click, a retry) writes one letter.
  routes.post('/', idempotent(deps.idempotency, 'letters.create'), async (c) => {
    const minutes = await ownMinutes(c);
    if (minutes instanceof Response) return minutes;
    const { user } = principalOf(c);
    if (!atLeast(user.role, LETTER_WRITER)) return apiError(c, 403, 'forbidden', WRITERS_ONLY);
    const body = await readJsonBody(c, z.strictObject({}));
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    if (minutes.status !== 'validated') return apiError(c, 409, 'not_validated', NOT_VALIDATED);
    const collective = await deps.accounts.getCollective(minutes.collectiveId);
    const template = (await deps.letterTemplates.get(minutes.collectiveId)) ?? defaultLetterTemplate(collective?.name ?? '');
    const annexes = (await storedAnnexReferences(deps.documents, minutes.id)) ?? [];
    const letter = await createLetter(deps, { minutes, template, annexes, createdBy: user.id });
    logger.info('api.letter_created', { doc: minutes.id, letter: letter.id });
    await recordAudit(c, deps.audit, user, { action: 'letter.created', target: letter.id, details: { minutes: minutes.id } });
    return c.json<LetterCreated>({ id: letter.id }, 201);
  });

  return routes;
}

/** `/api/letters/:id` (SPEC L2, L3, L5): read a letter, save its fields, delete it. */
export function letterRoutes(deps: LetterDeps, live: Pick<LiveAccess, 'closeDocument'>, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/:id', async (c) => {
    const rights = await guardLetter(c, deps);
    if (rights instanceof Response) return rights;
    return c.json<LetterView>(await letterView(deps.accounts, rights));
  });

  routes.put('/:id', async (c) => {
    const rights = await guardLetter(c, deps);
    if (rights instanceof Response) return rights;
    if (!rights.canEdit) return apiError(c, 403, 'forbidden', WRITERS_ONLY);
    const body = await readJsonBody(c, letterUpdateSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const saved = await deps.letters.update(rights.letter.id, body.value.revision, body.value.fields, new Date().toISOString());
    if (!saved) return apiError(c, 404, 'not_found', LETTER_NOT_FOUND);
    if (!saved.ok) return apiError(c, 409, 'stale', STALE);
    logger.info('api.letter_saved', { letter: saved.letter.id, revision: saved.letter.revision });
    return c.json<LetterView>(await letterView(deps.accounts, { ...rights, letter: saved.letter }));
  });

  routes.delete('/:id', async (c) => {
    const rights = await guardLetter(c, deps);
    if (rights instanceof Response) return rights;
    if (!rights.canEdit) return apiError(c, 403, 'forbidden', WRITERS_ONLY);
    await forgetLetter(deps, live, rights.letter.id);
    await recordAudit(c, deps.audit, principalOf(c).user, {
      action: 'letter.deleted',
      target: rights.letter.id,
      details: { minutes: rights.letter.minutesId },
    });
    return c.body(null, 204);
  });

  return routes;
}
