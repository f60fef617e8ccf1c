// POST/PATCH/DELETE /api/entities[/:id]: investigators only; thin, the work is in entityWrites.
import { Router } from 'express';
import { requireRole } from '../auth/authMiddleware.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { deleteBody, parseBooleanFlag, parsePatch } from '../writes/changeInput.ts';
import { expectedVersion, withVersionTag } from '../http/versionHeaders.ts';
import { parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import { parseNewEntity } from '../writes/entityInput.ts';
import { createEntity, deleteEntity, updateEntity } from '../writes/entityWrites.ts';

export function entityWriteRoutes(db: GraphDb): Router {
  const router = Router();
  const investigator = requireRole('investigator');

  router.post('/entities', investigator, async (req, res) => {
    const entity = await createEntity(db, req.user!, parseNewEntity(requireObjectBody(req.body)));
    withVersionTag(res, entity.version)
      .status(201)
      .location(`/api/entities/${encodeURIComponent(entity.id)}`)
      .json({ entity });
  });

  router.patch('/entities/:id', investigator, async (req, res) => {
    const body = requireObjectBody(req.body);
    const version = expectedVersion(req, body);
    const entity = await updateEntity(db, req.user!, String(req.params.id), version, parsePatch(body));
    withVersionTag(res, entity.version).json({ entity });
  });

  router.delete('/entities/:id', investigator, async (req, res) => {
    const body = parseOrInvalid(deleteBody, requireObjectBody(req.body ?? {}), ['version', 'sources']);
    const version = expectedVersion(req, body);
    const cascade = parseBooleanFlag(req.query.cascade, 'cascade');
    res.json(await deleteEntity(db, req.user!, String(req.params.id), version, body.sources, cascade));
  });

  return router;
}
