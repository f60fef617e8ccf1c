import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { entityIdParams, parseQuery } from '../http/validation.ts';
import { neighborsQuerySchema } from './contract.ts';
import { expandNeighbors } from './expandNeighbors.ts';

/** GET /api/entities/:id/neighbors?types=&direction=&limit=&cursor= */
export function expandRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/entities/:id/neighbors', async (req, res) => {
    const { id } = entityIdParams.parse(req.params);
    res.json(await expandNeighbors(db, { id, ...parseQuery(neighborsQuerySchema, req) }));
  });
  return router;
}
