// POST /api/entities/:id/merge {from, version?, fromVersion?, sources} and its preview {from}: investigators only.
import { Router } from 'express';
import { requireRole } from '../auth/authMiddleware.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { answerWrite } from '../http/idempotency.ts';
import { versionTag } from '../http/versionHeaders.ts';
import { parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import { mergeBody, mergePreviewBody } from './contract.ts';
import { mergeEntities, previewMerge } from './mergeEntities.ts';

export function mergeRoutes(db: GraphDb): Router {
  const router = Router();
  router.post('/entities/:id/merge', requireRole('investigator'), async (req, res) => {
    const body = parseOrInvalid(mergeBody, requireObjectBody(req.body), Object.keys(mergeBody.shape));
    const merge = (db: GraphDb) => mergeEntities(db, req.user!, { ...body, into: String(req.params.id) });
    await answerWrite(req, res, db, merge, (result) => ({
      status: 200,
      headers: versionTag(result.entity.version),
      body: result,
    }));
  });
  router.post('/entities/:id/merge/preview', requireRole('investigator'), async (req, res) => {
    const body = parseOrInvalid(mergePreviewBody, requireObjectBody(req.body), ['from']);
    res.json(await previewMerge(db, { ...body, into: String(req.params.id) }));
  });
  return router;
}
