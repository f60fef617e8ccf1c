// POST/PATCH/DELETE /api/relationships[/:id]: investigators only; thin, the work is in relationshipWrites.
import { Router } from 'express';
import { requireRole } from '../auth/authMiddleware.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { deleteBody, parsePatch } from '../writes/changeInput.ts';
import { expectedVersion, withVersionTag } from '../http/versionHeaders.ts';
import { parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import { parseNewRelationship } from '../writes/relationshipInput.ts';
import { createRelationship, deleteRelationship, updateRelationship } from '../writes/relationshipWrites.ts';

export function relationshipWriteRoutes(db: GraphDb): Router {
  const router = Router();
  const investigator = requireRole('investigator');

  router.post('/relationships', investigator, async (req, res) => {
    const { relationship: input, allowDuplicate } = parseNewRelationship(requireObjectBody(req.body));
    const relationship = await createRelationship(db, req.user!, input, { allowDuplicate });
    withVersionTag(res, relationship.version).status(201).json({ relationship });
  });

  router.patch('/relationships/:id', investigator, async (req, res) => {
    const body = requireObjectBody(req.body);
    const version = expectedVersion(req, body);
    const relationship = await updateRelationship(db, req.user!, String(req.params.id), version, parsePatch(body));
    withVersionTag(res, relationship.version).json({ relationship });
  });

  router.delete('/relationships/:id', investigator, async (req, res) => {
    const body = parseOrInvalid(deleteBody, requireObjectBody(req.body ?? {}), ['version', 'sources']);
    const version = expectedVersion(req, body);
    res.json({ deleted: await deleteRelationship(db, req.user!, String(req.params.id), version, body.sources) });
  });

  return router;
}
