import { Router } from 'express';
import { buildOpenApiDocument } from './openapiDocument.ts';

/** GET /api/openapi.json: the OpenAPI 3.1 description of every endpoint. */
export function openapiRoutes(): Router {
  const document = buildOpenApiDocument();
  const router = Router();
  router.get('/openapi.json', (_req, res) => res.json(document));
  return router;
}
