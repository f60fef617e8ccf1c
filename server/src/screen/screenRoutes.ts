// GET /api/screen?name=&kind=&limit=&minScore=: screen a counterparty's name against listed entities.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { entityKind } from '../model/schema.ts';
import { searchWords } from '../db/mapping.ts';
import { screenName } from './screenNames.ts';

export const screenQuery = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'name is required')
      .max(300)
      .refine((n) => searchWords(n).length > 0, 'must contain a letter or digit'),
    kind: entityKind.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    minScore: z.coerce.number().min(0).max(1).default(0.7),
  })
  .strict();

export function screenRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/screen', async (req, res) => {
    const { name, kind, limit, minScore } = screenQuery.parse(req.query);
    res.json(await screenName(db, name, kind ?? null, limit, minScore));
  });
  return router;
}
