// Assembles the Express app: middleware, one router per capability (capabilities.ts), the OpenAPI document
// derived from their contracts (openapiDocument.ts), the built client, errors.
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Neo4jProcessStatus } from '../../neo4j/localNeo4j.ts';
import { readAuthConfig, type AuthConfig } from './auth/authConfig.ts';
import { identifyCaller, PUBLIC_PATHS, requireRole } from './auth/authMiddleware.ts';
import type { GraphDb } from './db/graphDb.ts';
import { API_CONTRACTS, capabilityRouters } from './capabilities.ts';
import { buildOpenApiDocument, openapiRoutes } from './openapiDocument.ts';
import { yenteRoutes } from './yente/yenteRoutes.ts';
import { allowedMethodsOf } from './http/allowedMethods.ts';
import { refuseUnsafeText } from './http/cleanText.ts';
import { errorHandler, unknownRoute } from './http/errors.ts';
import { redactingSerializers } from './http/redaction.ts';
import { clientFiles } from './http/clientFiles.ts';
import { JSON_BODY_LIMIT } from './http/operations.ts';

/** The operations whose contract lets their JSON body pass JSON_BODY_LIMIT, with their Express paths. */
const largeBodies = API_CONTRACTS.filter((contract) => !contract.server)
  .flatMap((contract) => contract.operations)
  .filter((operation) => operation.body?.limit)
  .map(({ method, path, body }) => ({ method, path: `/api${path.replace(/\{(\w+)\}/g, ':$1')}`, limit: body!.limit }));

export interface AppOptions {
  db: GraphDb;
  logger: Logger;
  /** Folder of the built client to serve; omitted in tests and in Vite dev mode. */
  clientDir?: string;
  /** Defaults to the AUTH_MODE configuration of the environment. */
  auth?: AuthConfig;
  /** The supervised local Neo4j's state, reported by /api/health. */
  neo4jProcess?: () => Neo4jProcessStatus;
}

export function createApp({
  db,
  logger,
  clientDir,
  auth = readAuthConfig(),
  neo4jProcess,
}: AppOptions): express.Express {
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
  app.use(
    pinoHttp({
      logger,
      serializers: redactingSerializers,
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
    }),
  );
  // Who calls is known before any body is read, so that no one who may not call reads the server a large body.
  app.use('/api', identifyCaller(auth));
  // Reading needs at least the analyst role; in token mode that means a valid token.
  app.use('/api', (req, res, next) => (PUBLIC_PATHS.has(req.path) ? next() : requireRole('analyst')(req, res, next)));
  // A few requests (a saved or exported canvas of 10,000 nodes) may send more than the others. Their parsers come
  // before the general one, which would refuse the body first; a body is read only once.
  for (const { method, path, limit } of largeBodies) app[method](path, express.json({ limit }));
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  app.use('/api', refuseUnsafeText);
  app.use('/api', openapiRoutes());
  for (const router of capabilityRouters(db, auth, neo4jProcess)) app.use('/api', router);
  // A documented path asked with a method it does not have is a 405 with Allow; any other path a 404.
  app.use('/api', unknownRoute(allowedMethodsOf(buildOpenApiDocument())));
  // The yente-compatible API (README "yente-compatible API"), read with the same role as /api.
  app.use(
    '/yente',
    identifyCaller(auth),
    requireRole('analyst'),
    express.json({ limit: JSON_BODY_LIMIT }),
    yenteRoutes(db),
  );
  app.use(
    '/yente',
    unknownRoute(() => null),
  );
  if (clientDir && existsSync(clientDir)) app.use(clientFiles(clientDir));
  app.use(errorHandler);
  return app;
}
