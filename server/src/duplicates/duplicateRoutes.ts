// POST /api/entities/check: likely existing matches for an entity about to be created.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import { duplicateCheck } from './contract.ts';
import { findLikelyDuplicates } from './findLikelyDuplicates.ts';

export function duplicateRoutes(db: GraphDb): Router {
  const router = Router();
  router.post('/entities/check', async (req, res) => {
    const query = parseOrInvalid(duplicateCheck, requireObjectBody(req.body));
    res.json({ candidates: await db.readTx((tx) => findLikelyDuplicates(tx, query)) });
  });
  return router;
}
