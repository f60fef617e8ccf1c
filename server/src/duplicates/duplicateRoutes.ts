// POST /api/entities/check: likely existing matches for an entity about to be created.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { countryCode, entityBaseFields, entityKind, isoDate } from '../model/schema.ts';
import { parseOrInvalid, requireObjectBody } from '../writes/writeInput.ts';
import { findLikelyDuplicates } from './findLikelyDuplicates.ts';

// A form may send its whole draft; only these fields matter to the comparison, the rest is ignored.
export const duplicateCheck = z.object({
  name: entityBaseFields.name,
  kind: entityKind.optional(),
  birthDate: isoDate.optional(),
  jurisdiction: countryCode.optional(),
});

export function duplicateRoutes(db: GraphDb): Router {
  const router = Router();
  router.post('/entities/check', async (req, res) => {
    const query = parseOrInvalid(duplicateCheck, requireObjectBody(req.body));
    res.json({ candidates: await db.readTx((tx) => findLikelyDuplicates(tx, query)) });
  });
  return router;
}
