import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { parseQuery } from '../http/validation.ts';
import { searchQuerySchema } from './contract.ts';
import { searchEntities } from './searchEntities.ts';

/** GET /api/search?q=&kinds=&limit= */
export function searchRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    res.json(await searchEntities(db, parseQuery(searchQuerySchema, req)));
  });
  return router;
}
