// POST/PATCH/DELETE /api/entities[/:id]: investigators only; thin, the work is in entityWrites.
import { Router } from 'express';
import { requireRole } from '../auth/authMiddleware.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { answerWrite, type WriteAnswer } from '../http/idempotency.ts';
import { deleteBody, parseBooleanFlag, parsePatch } from '../writes/changeInput.ts';
import { expectedVersion, versionTag } from '../http/versionHeaders.ts';
import { parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import type { StoredEntity } from '../writes/entityState.ts';
import { parseNewEntity } from '../writes/entityInput.ts';
import { createEntity, deleteEntity, updateEntity } from '../writes/entityWrites.ts';

const changed = (entity: StoredEntity): WriteAnswer => ({
  status: 200,
  headers: versionTag(entity.version),
  body: { entity },
});

const created = (entity: StoredEntity): WriteAnswer => ({
  status: 201,
  headers: { ...versionTag(entity.version), Location: `/api/entities/${encodeURIComponent(entity.id)}` },
  body: { entity },
});

export function entityWriteRoutes(db: GraphDb): Router {
  const router = Router();
  const investigator = requireRole('investigator');

  router.post('/entities', investigator, async (req, res) => {
    const input = parseNewEntity(requireObjectBody(req.body));
    await answerWrite(req, res, db, (db) => createEntity(db, req.user!, input), created);
  });

  router.patch('/entities/:id', investigator, async (req, res) => {
    const body = requireObjectBody(req.body);
    const version = expectedVersion(req, body);
    const patch = parsePatch(body);
    await answerWrite(
      req,
      res,
      db,
      (db) => updateEntity(db, req.user!, String(req.params.id), version, patch),
      changed,
    );
  });

  router.delete('/entities/:id', investigator, async (req, res) => {
    const body = parseOrInvalid(deleteBody, requireObjectBody(req.body ?? {}), ['version', 'sources']);
    const version = expectedVersion(req, body);
    const cascade = parseBooleanFlag(req.query.cascade, 'cascade');
    const remove = (db: GraphDb) => deleteEntity(db, req.user!, String(req.params.id), version, body.sources, cascade);
    await answerWrite(req, res, db, remove, (deleted) => ({ status: 200, body: deleted }));
  });

  return router;
}
