import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { commaList, pageLimit, parseQuery } from '../http/validation.ts';
import { entityKind } from '../model/schema.ts';
import { searchEntities } from './searchEntities.ts';

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, 'type something to search for').max(200).meta({
      description: 'Name or alias, any case, accents, word order; typos tolerated. Operators are not interpreted.',
    }),
    kinds: commaList(entityKind, 20)
      .optional()
      .meta({ description: 'Comma-separated entity kinds to keep, e.g. Person,Company.' }),
    limit: pageLimit(10, 50),
  })
  .strict();

/** GET /api/search?q=&kinds=&limit= */
export function searchRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    res.json(await searchEntities(db, parseQuery(searchQuerySchema, req)));
  });
  return router;
}
