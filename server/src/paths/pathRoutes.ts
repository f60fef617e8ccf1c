import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { parseQuery } from '../http/validation.ts';
import { pathsQuerySchema } from './contract.ts';
import { findShortestPaths } from './findShortestPaths.ts';

/** GET /api/paths?from=&to=&types=&direction=&maxHops=&limit=&avoidHubsAbove= */
export function pathRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    res.json(await findShortestPaths(db, parseQuery(pathsQuerySchema, req)));
  });
  return router;
}
