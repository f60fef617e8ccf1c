import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { parseQuery } from '../http/validation.ts';
import { invalidInput } from '../model/domainErrors.ts';
import { relationshipSearchQuerySchema, searchQuerySchema } from './contract.ts';
import { hasEntityFilter } from './propertyFilters.ts';
import { browseEntities, searchEntities } from './searchEntities.ts';
import { searchRelationships } from './searchRelationships.ts';

/** GET /api/search?q=&kinds=&<property filters>&limit=&cursor= and GET /api/search/relationships?types=&<filters> */
export function searchRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, kinds, limit, cursor, ...filters } = parseQuery(searchQuerySchema, req);
    if (q !== undefined) {
      if (cursor) throw invalidInput([{ path: 'cursor', message: 'pages only a search by filters, without q' }]);
      return void res.json(await searchEntities(db, { q, kinds, limit, filters }));
    }
    if (!kinds && !hasEntityFilter(filters)) {
      throw invalidInput([{ path: 'q', message: 'type something to search for, or give a property filter' }]);
    }
    res.json(await browseEntities(db, { kinds, filters, limit, cursor }));
  });
  router.get('/search/relationships', async (req, res) => {
    const { types, limit, cursor, ...filters } = parseQuery(relationshipSearchQuerySchema, req);
    res.json(await searchRelationships(db, { types, filters, limit, cursor }));
  });
  return router;
}
