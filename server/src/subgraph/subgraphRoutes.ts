import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { subgraphBodySchema } from './contract.ts';
import { revealSubgraph } from './revealSubgraph.ts';

/** POST /api/subgraph {ids, types?} */
export function subgraphRoutes(db: GraphDb): Router {
  const router = Router();
  router.post('/subgraph', async (req, res) => {
    res.json(await revealSubgraph(db, subgraphBodySchema.parse(req.body)));
  });
  return router;
}
