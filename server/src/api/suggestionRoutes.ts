import { Hono } from 'hono';
import { suggestionDecisionSchema } from '../../../shared/api/suggestionDecisions';
import type { AuthDeps } from '../auth/authDeps';
import { principalOf, requireUser } from '../auth/guards';
import { recordAudit } from '../auth/recordAudit';
import { apiError } from './apiError';
import type { AppEnv } from './appEnv';
import { guardDocument } from './documentGuard';
import { readJsonBody } from './readJsonBody';

const distinct = (values: string[]): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'fr'));

/**
 * `/api/minutes/:id/suggestions/decisions`: the secretariat or the coordination tells who
 * decided which suggestions (W8). The editor applies the decision itself, as ordinary
 * edits through the relay; this only attributes it in the journal.
 */
export function suggestionRoutes(deps: AuthDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireUser);

  routes.post('/decisions', async (c) => {
    const guard = await guardDocument(c, deps, 'secretariat', 'Seuls le secrétariat et la coordination acceptent ou refusent les suggestions.');
    if (!guard.ok) return guard.response;
    const body = await readJsonBody(c, suggestionDecisionSchema);
    if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
    const { record } = guard.doc;
    if (record.status === 'validated') {
      return apiError(c, 409, 'validated', 'Ce compte-rendu est validé : la coordination doit le rouvrir avant toute modification.');
    }
    const { decision, suggestions } = body.value;
    await recordAudit(c, deps.audit, principalOf(c).user, {
      action: decision === 'accept' ? 'suggestions.accepted' : 'suggestions.rejected',
      target: record.id,
      // Audit details are flat: names joined for the journal line, ids for tracing.
      details: {
        title: record.title,
        count: suggestions.length,
        associations: distinct(suggestions.map((s) => s.association).filter((name) => name !== '')).join(', '),
        authors: distinct(suggestions.map((s) => s.author).filter((name) => name !== '')).join(', '),
        authorIds: distinct(suggestions.map((s) => s.userId)).join(' '),
        suggestionIds: suggestions.map((s) => s.id).join(' '),
      },
    });
    return c.json({ ok: true, count: suggestions.length });
  });

  return routes;
}
