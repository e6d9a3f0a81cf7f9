import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { SCHEMA_VERSION_PARAM } from '../../shared/schema/schemaVersion';
import { apiError } from './api/apiError';
import { planRoutes } from './api/planRoutes';
import { minutesRoutes } from './api/minutesRoutes';
import { serveClient } from './api/staticClient';
import type { Config } from './config';
import type { Logger } from './log';
import { Relay } from './relay/relay';
import type { DocumentStore } from './storage/documentStore';
import type { PlanStore } from './storage/planStore';

export interface AppDeps {
  store: DocumentStore;
  plans: PlanStore;
  logger: Logger;
  config: Pick<Config, 'maxFrameBytes' | 'compactAfterUpdates' | 'heartbeatMs' | 'staticDir'>;
}

/**
 * Builds the HTTP app, the relay and the WebSocket wiring. Does no I/O: the caller
 * owns the store and the listening server (tests pass their own, on port 0).
 */
export function createApp({ store, plans, logger, config }: AppDeps) {
  const app = new Hono();
  const nodeWs = createNodeWebSocket({ app });
  // ws closes an oversized frame with 1009 before it is buffered whole.
  nodeWs.wss.options.maxPayload = config.maxFrameBytes;
  const relay = new Relay({
    store,
    logger,
    compactAfterUpdates: config.compactAfterUpdates,
    heartbeatMs: config.heartbeatMs,
  });

  app.use('*', secureHeaders());
  app.get('/healthz', (c) => c.json({ ok: true }));

  app.use('/api/*', bodyLimit({ maxSize: 1024 * 1024, onError: (c) => apiError(c, 413, 'body_too_large', 'Requête trop volumineuse.') }));
  app.route('/api/minutes', minutesRoutes(store, logger));
  app.route('/api/plans', planRoutes(plans, logger));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'Adresse d’API inconnue.'));

  app.get(
    '/collab/:id',
    nodeWs.upgradeWebSocket((c) => {
      const documentId = c.req.param('id') ?? '';
      const schemaVersion = c.req.query(SCHEMA_VERSION_PARAM);
      return {
        onOpen: (_event, ws) => {
          if (ws.raw) relay.handleSocket(ws.raw, documentId, schemaVersion);
        },
      };
    }),
  );

  serveClient(app, config.staticDir);

  app.onError((error, c) => {
    logger.error('http.unhandled', { path: c.req.path, reason: error.message });
    return apiError(c, 500, 'internal', 'Erreur interne du serveur.');
  });

  return { app, relay, injectWebSocket: nodeWs.injectWebSocket };
}
