// GET /api/screen?name=&kind=&limit=&minScore=: screen a counterparty's name against listed entities.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { screenQuery } from './contract.ts';
import { screenName } from './screenNames.ts';

export function screenRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/screen', async (req, res) => {
    const { name, kind, limit, minScore } = screenQuery.parse(req.query);
    res.json(await screenName(db, name, kind ?? null, limit, minScore));
  });
  return router;
}
