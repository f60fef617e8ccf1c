// Assembles the Express app: middleware, one router per capability, the built client, errors.
import compression from 'compression';
import express, { type Router } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { readAuthConfig, type AuthConfig } from './auth/authConfig.ts';
import { identifyCaller, requireRole } from './auth/authMiddleware.ts';
import { sessionRoutes } from './auth/sessionRoutes.ts';
import type { GraphDb } from './db/graphDb.ts';
import { entityRoutes } from './entities/entityRoutes.ts';
import { expandRoutes } from './expand/expandRoutes.ts';
import { exportRoutes } from './exporters/exportRoutes.ts';
import { exposureRoutes } from './exposure/exposureRoutes.ts';
import { healthRoutes } from './health/healthRoutes.ts';
import { importRoutes } from './importers/importRoutes.ts';
import { investigationRoutes } from './investigations/investigationRoutes.ts';
import { openapiRoutes } from './openapi/openapiRoutes.ts';
import { pathRoutes } from './paths/pathRoutes.ts';
import { screenRoutes } from './screen/screenRoutes.ts';
import { searchRoutes } from './search/searchRoutes.ts';
import { subgraphRoutes } from './subgraph/subgraphRoutes.ts';
import { writeRouters } from './writes/writeRouters.ts';
import { errorHandler, unknownRoute } from './http/errors.ts';

export interface AppOptions {
  db: GraphDb;
  logger: Logger;
  /** Folder of the built client to serve; omitted in tests and in Vite dev mode. */
  clientDir?: string;
  /** Defaults to the AUTH_MODE configuration of the environment. */
  auth?: AuthConfig;
}

function apiRouters(db: GraphDb, auth: AuthConfig): Router[] {
  return [
    healthRoutes(db),
    sessionRoutes(auth),
    openapiRoutes(),
    searchRoutes(db),
    entityRoutes(db),
    expandRoutes(db),
    pathRoutes(db),
    subgraphRoutes(db),
    ...writeRouters(db),
    exposureRoutes(db),
    importRoutes(db),
    screenRoutes(db),
    exportRoutes(db),
    investigationRoutes(db, auth),
  ];
}

export function createApp({ db, logger, clientDir, auth = readAuthConfig() }: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null },
      },
    }),
  );
  app.use(compression());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));
  app.use('/api', express.json({ limit: '2mb' }));
  app.use('/api', identifyCaller(auth));
  // Reading needs at least the analyst role; in token mode that means a valid token.
  app.use('/api', (req, res, next) =>
    req.path === '/health' || req.path === '/openapi.json' ? next() : requireRole('analyst')(req, res, next),
  );
  for (const router of apiRouters(db, auth)) app.use('/api', router);
  app.use('/api', unknownRoute);
  if (clientDir && existsSync(clientDir)) {
    app.use(express.static(clientDir));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
