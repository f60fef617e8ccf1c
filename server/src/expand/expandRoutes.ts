import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { DIRECTIONS } from '../db/patterns.ts';
import { entityIdParams, pageLimit, parseQuery, relationshipTypesParam } from '../http/validation.ts';
import { expandNeighbors } from './expandNeighbors.ts';

export const MAX_NEIGHBOR_PAGE = 500;

export const neighborsQuerySchema = z
  .object({
    types: relationshipTypesParam,
    direction: z
      .enum(DIRECTIONS)
      .default('both')
      .meta({ description: 'out, in or both (default) relative to the entity.' }),
    limit: pageLimit(50, MAX_NEIGHBOR_PAGE),
    cursor: z.string().min(1).max(2000).optional().meta({ description: 'The nextCursor of the previous page.' }),
  })
  .strict();

/** GET /api/entities/:id/neighbors?types=&direction=&limit=&cursor= */
export function expandRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/entities/:id/neighbors', async (req, res) => {
    const { id } = entityIdParams.parse(req.params);
    res.json(await expandNeighbors(db, { id, ...parseQuery(neighborsQuerySchema, req) }));
  });
  return router;
}
