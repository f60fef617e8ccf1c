// GET /api/audit?entity=&limit=: who changed what, when, from what to what, citing which sources.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { parseOrInvalid } from '../model/domainErrors.ts';
import { listAuditEntries } from './auditHistory.ts';
import { auditQuery } from './contract.ts';

export function auditRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const query = parseOrInvalid(auditQuery, req.query, ['entity', 'limit']);
    res.json({ entity: query.entity ?? null, entries: await listAuditEntries(db, query) });
  });
  return router;
}
