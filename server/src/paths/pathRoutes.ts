import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { DIRECTIONS } from '../db/patterns.ts';
import { pageLimit, parseQuery, relationshipTypesParam } from '../http/validation.ts';
import { entityBaseFields } from '../model/schema.ts';
import { findShortestPaths } from './findShortestPaths.ts';

export const pathsQuerySchema = z
  .object({
    from: entityBaseFields.id.meta({ description: 'Id of the entity the paths start at.' }),
    to: entityBaseFields.id.meta({ description: 'Id of the entity the paths end at.' }),
    types: relationshipTypesParam,
    direction: z.enum(DIRECTIONS).default('both').meta({
      description:
        'both (default): edges in either direction; out: only along edge direction from -> to; in: only against it.',
    }),
    maxHops: z.coerce
      .number()
      .int()
      .min(1)
      .max(10, 'must be at most 10')
      .default(6)
      .meta({ description: 'Longest path, in edges (1-10, default 6).' }),
    limit: pageLimit(10, 100),
    avoidHubsAbove: z.coerce.number().int().min(1).optional().meta({
      description:
        'Leave out paths through an intermediate node with more links than this (e.g. 500 skips countries and big authorities); the two ends may have any number.',
    }),
  })
  .strict()
  .refine((q) => q.from !== q.to, { message: 'from and to must be different entities', path: ['to'] });

/** GET /api/paths?from=&to=&types=&direction=&maxHops=&limit=&avoidHubsAbove= */
export function pathRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    res.json(await findShortestPaths(db, parseQuery(pathsQuerySchema, req)));
  });
  return router;
}
