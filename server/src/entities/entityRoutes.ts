import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { entityIdParams } from '../http/validation.ts';
import { getEntityDetail } from './entityDetail.ts';

/** GET /api/entities/:id */
export function entityRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/entities/:id', async (req, res) => {
    const { id } = entityIdParams.parse(req.params);
    res.json(await getEntityDetail(db, id));
  });
  return router;
}
