// POST/PATCH/DELETE /api/relationships[/:id]: investigators only; thin, the work is in relationshipWrites.
import { Router } from 'express';
import { requireRole } from '../auth/authMiddleware.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { answerWrite, type WriteAnswer } from '../http/idempotency.ts';
import { deleteBody, parsePatch } from '../writes/changeInput.ts';
import { expectedVersion, versionTag } from '../http/versionHeaders.ts';
import { parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import { parseNewRelationship } from '../writes/relationshipInput.ts';
import type { StoredRelationship } from '../writes/relationshipState.ts';
import { createRelationship, deleteRelationship, updateRelationship } from '../writes/relationshipWrites.ts';

const written =
  (status: number) =>
  (relationship: StoredRelationship): WriteAnswer => ({
    status,
    headers: versionTag(relationship.version),
    body: { relationship },
  });

export function relationshipWriteRoutes(db: GraphDb): Router {
  const router = Router();
  const investigator = requireRole('investigator');

  router.post('/relationships', investigator, async (req, res) => {
    const { relationship, allowDuplicate } = parseNewRelationship(requireObjectBody(req.body));
    const create = (db: GraphDb) => createRelationship(db, req.user!, relationship, { allowDuplicate });
    await answerWrite(req, res, db, create, written(201));
  });

  router.patch('/relationships/:id', investigator, async (req, res) => {
    const body = requireObjectBody(req.body);
    const version = expectedVersion(req, body);
    const patch = parsePatch(body);
    const update = (db: GraphDb) => updateRelationship(db, req.user!, String(req.params.id), version, patch);
    await answerWrite(req, res, db, update, written(200));
  });

  router.delete('/relationships/:id', investigator, async (req, res) => {
    const body = parseOrInvalid(deleteBody, requireObjectBody(req.body ?? {}), ['version', 'sources']);
    const version = expectedVersion(req, body);
    const remove = (db: GraphDb) => deleteRelationship(db, req.user!, String(req.params.id), version, body.sources);
    await answerWrite(req, res, db, remove, (deleted) => ({ status: 200, body: { deleted } }));
  });

  return router;
}
