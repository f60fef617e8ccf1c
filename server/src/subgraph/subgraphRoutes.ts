import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { entityBaseFields, relationshipType } from '../model/schema.ts';
import { revealSubgraph } from './revealSubgraph.ts';

export const MAX_SUBGRAPH_IDS = 1000;

export const subgraphBodySchema = z
  .object({
    ids: z
      .array(entityBaseFields.id)
      .min(1, 'give at least one id')
      .max(MAX_SUBGRAPH_IDS, `give at most ${MAX_SUBGRAPH_IDS} ids`),
    types: z.array(relationshipType).min(1).optional(),
  })
  .strict();

/** POST /api/subgraph {ids, types?} */
export function subgraphRoutes(db: GraphDb): Router {
  const router = Router();
  router.post('/subgraph', async (req, res) => {
    res.json(await revealSubgraph(db, subgraphBodySchema.parse(req.body)));
  });
  return router;
}
