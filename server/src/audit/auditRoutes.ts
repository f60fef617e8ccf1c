// GET /api/audit?entity=|relationship=&limit=: who changed what, when, from what to what, citing which sources.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { parseOrInvalid } from '../model/domainErrors.ts';
import { listAuditEntries, listTargetAuditEntries } from './auditHistory.ts';
import { auditQuery } from './contract.ts';

export function auditRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const query = parseOrInvalid(auditQuery, req.query, ['entity', 'relationship', 'limit']);
    const entries = query.relationship
      ? await listTargetAuditEntries(db, 'relationship', query.relationship, query.limit)
      : await listAuditEntries(db, query);
    res.json({ entity: query.entity ?? null, relationship: query.relationship ?? null, entries });
  });
  return router;
}
