import { Hono } from 'hono';
import type {
  MeasureCitationsResponse,
  MeasureCountsResponse,
  MeasureMentionsResponse,
} from '../../../shared/api/measureIndex';
import { linkMeasureSchema } from '../../../shared/api/measureIndex';
import type { AuthDeps } from '../auth/authDeps';
import { documentRights } from '../auth/documentAccess';
import { principalOf, requireUser } from '../auth/guards';
import type { Logger } from '../log';
import { indexedCitationsOf } from '../measures/indexCitations';
import { linkMeasurePhrase } from '../measures/linkMeasurePhrase';
import type { MeasureIndex } from '../measures/measureIndex';
import type { Relay } from '../relay/relay';
import type { ReadableScope } from '../search/searchIndex';
import type { PlanStore } from '../storage/planStore';
import type { User } from '../storage/accountStore';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { readJsonBody } from './readJsonBody';

type MeasureDeps = Pick<AuthDeps, 'accounts' | 'documents' | 'reviewSettings'> & { measures: MeasureIndex; plans: PlanStore };

/** The documents the caller may read (R18): a condition of the index query itself (SPEC X2). */
const scopeOf = async (deps: MeasureDeps, user: User): Promise<ReadableScope> => ({
  collectiveId: user.collectiveId,
  sharedDocumentIds: await deps.accounts.sharedWith(user.id),
});

const measureNumber = (raw: string | undefined): number | undefined => {
  const number = Number(raw);
  return Number.isInteger(number) && number >= 1 && number <= 10_000 ? number : undefined;
};

const PLAN_ID = /^[a-z0-9-]{1,64}$/;

/**
 * `/api/measures`: where each measure of a plan is cited (SPEC X1, X2), and « Relier »,
 * which turns plain words « mesure 22 » into a reference through the relay (X5).
 */
export function measureIndexRoutes(deps: MeasureDeps, relay: Pick<Relay, 'withDocument'>, logger: Logger): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.get('/:planId/counts', async (c) => {
    const planId = c.req.param('planId');
    if (!PLAN_ID.test(planId)) return apiError(c, 400, 'invalid_plan', 'Identifiant de plan invalide.');
    const counts = await deps.measures.counts(await scopeOf(deps, principalOf(c).user), planId);
    return c.json<MeasureCountsResponse>({ counts });
  });

  routes.get('/:planId/:number/citations', async (c) => {
    const planId = c.req.param('planId');
    const number = measureNumber(c.req.param('number'));
    if (!PLAN_ID.test(planId)) return apiError(c, 400, 'invalid_plan', 'Identifiant de plan invalide.');
    if (number === undefined) return apiError(c, 400, 'invalid_measure_number', 'Le numéro de mesure doit être un entier positif.');
    const citations = await deps.measures.citations(await scopeOf(deps, principalOf(c).user), planId, number);
    return c.json<MeasureCitationsResponse>({ citations });
  });

  routes.post('/link', async (c) => {
    const body = await readJsonBody(c, linkMeasureSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { documentId, blockId, phrase, planId, number } = body.value;
    const { user } = principalOf(c);
    const rights = await documentRights(deps, user, documentId);
    if (!rights.record) return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
    if (rights.record.status === 'validated') {
      return apiError(c, 409, 'validated', 'Ce compte-rendu est validé : rouvrez-le pour relier la mesure.');
    }
    if (rights.access !== 'write') return apiError(c, 403, 'forbidden', 'Votre rôle ne permet pas de modifier ce compte-rendu.');
    // The reference points into the registry of the document's own collective.
    const plan = await deps.plans.get(rights.record.collectiveId, planId);
    if (!plan?.measures.some((measure) => measure.number === number)) {
      return apiError(c, 404, 'unknown_measure', 'Cette mesure n’existe pas dans le registre.');
    }
    if (!/\d/.test(phrase) || !new RegExp(`(^|\\D)${number}(\\D|$)`).test(phrase)) {
      return apiError(c, 400, 'invalid_phrase', `Le passage ne nomme pas la mesure ${number}.`);
    }
    const record = rights.record;
    const written = await relay.withDocument(documentId, (doc) =>
      linkMeasurePhrase(doc, blockId, phrase, planId) ? indexedCitationsOf(record, doc) : undefined,
    );
    if (!written) return apiError(c, 404, 'not_found', 'Ce compte-rendu n’existe pas.');
    if (!written.result) {
      return apiError(c, 409, 'phrase_changed', 'Ce passage a changé depuis : rechargez la page de la mesure.');
    }
    // The page that asked shows the new reference at once, without waiting for a pause (this is no keystroke).
    await deps.measures.index(written.result);
    logger.info('api.measure_linked', { doc: documentId, plan: planId, number });
    return c.json({ linked: true });
  });

  return routes;
}

/** `GET /api/plans/:planId/measures/:number/mentions`: the linked citations in the shape. */
export function measureMentionsRoutes(deps: MeasureDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:planId/measures/:number/mentions', requireUser, async (c) => {
    const number = measureNumber(c.req.param('number'));
    if (number === undefined) return apiError(c, 400, 'invalid_measure_number', 'Le numéro de mesure doit être un entier positif.');
    const citations = await deps.measures.citations(await scopeOf(deps, principalOf(c).user), c.req.param('planId'), number);
    const mentions = citations
      .filter((citation) => citation.linked)
      .map(({ documentId, meetingDate, section, organisation, person, excerpt, validated }) => ({
        documentId, meetingDate, section, organisation, person, excerpt, validated,
      }));
    return c.json<MeasureMentionsResponse>({ mentions });
  });
  return routes;
}
