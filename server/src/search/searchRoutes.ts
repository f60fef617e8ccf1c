import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { commaList, pageLimit, parseQuery, relationshipTypesParam } from '../http/validation.ts';
import { entityKind } from '../model/schema.ts';
import { invalidInput } from '../writes/writeInput.ts';
import { entityFilterFields, hasEntityFilter, relationshipFilterFields } from './propertyFilters.ts';
import { browseEntities, searchEntities } from './searchEntities.ts';
import { searchRelationships } from './searchRelationships.ts';

const cursorParam = z.string().min(1).max(1000).optional();

export const searchQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, 'type something to search for')
      .max(200)
      .optional()
      .meta({
        description:
          'Name or alias, any case, accents, word order; typos tolerated. Operators are not interpreted. ' +
          'Required unless a property filter (or kinds) is given.',
      }),
    kinds: commaList(entityKind, 20)
      .optional()
      .meta({ description: 'Comma-separated entity kinds to keep, e.g. Person,Company.' }),
    ...entityFilterFields,
    limit: pageLimit(10, 50),
    cursor: cursorParam.meta({
      description: 'The nextCursor of the previous page (searches by filters alone, without q).',
    }),
  })
  .strict();

export const relationshipSearchQuerySchema = z
  .object({
    types: relationshipTypesParam,
    ...relationshipFilterFields,
    limit: pageLimit(50, 500),
    cursor: cursorParam.meta({ description: 'The nextCursor of the previous page.' }),
  })
  .strict();

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
