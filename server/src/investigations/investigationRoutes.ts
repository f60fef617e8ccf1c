// /api/investigations: list, create, open, save/rename/share (PATCH), duplicate, delete, history. Thin: parse, call, answer.
import { Router, type Request } from 'express';
import { listTargetAuditEntries } from '../audit/auditHistory.ts';
import { roleAtLeast, type AuthConfig } from '../auth/authConfig.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { answerWrite, type WriteAnswer } from '../http/idempotency.ts';
import { expectedVersion, versionTag, withVersionTag } from '../http/versionHeaders.ts';
import { invalidInput, parseOrInvalid, requireObjectBody } from '../model/domainErrors.ts';
import { changedSinceSaved } from './changedSinceSaved.ts';
import {
  createInvestigationBody,
  deleteInvestigationBody,
  duplicateInvestigationBody,
  investigationIdParams,
  updateInvestigationBody,
  type Sharing,
} from './contract.ts';
import { requireAccess } from './investigationAccess.ts';
import {
  answerOf,
  createInvestigation,
  deleteInvestigation,
  duplicateInvestigation,
  listInvestigations,
  readInvestigation,
  updateInvestigation,
  type StoredInvestigation,
} from './investigationStore.ts';

const idOf = (req: Request) => parseOrInvalid(investigationIdParams, { id: req.params.id }).id;

/** Editors must be investigators the server knows (in local mode: its one user). */
function checkEditors(auth: AuthConfig, sharing: Sharing | undefined): void {
  if (!sharing) return;
  const users = auth.mode === 'local' ? [auth.localUser] : [...auth.tokens.values()];
  const problems = sharing.editors
    .filter((name) => !users.some((u) => u.name === name && roleAtLeast(u.role, 'investigator')))
    .map((name) => ({ path: 'sharing.editors', message: `"${name}" is not an investigator of this server` }));
  if (problems.length) throw invalidInput(problems);
}

/** 201 with the new investigation, its version as ETag and where it lives. */
const answerCreated = (created: StoredInvestigation): WriteAnswer => ({
  status: 201,
  headers: { ...versionTag(created.version), Location: `/api/investigations/${created.id}` },
  body: { investigation: answerOf(created, 'owner') },
});

export function investigationRoutes(db: GraphDb, auth: AuthConfig): Router {
  const router = Router();

  router.get('/investigations', async (req, res) => {
    res.json({ investigations: await listInvestigations(db, req.user!) });
  });

  router.post('/investigations', async (req, res) => {
    const input = parseOrInvalid(createInvestigationBody, requireObjectBody(req.body));
    checkEditors(auth, input.sharing);
    await answerWrite(req, res, db, (db) => createInvestigation(db, req.user!, input), answerCreated);
  });

  router.get('/investigations/:id', async (req, res) => {
    const id = idOf(req);
    const stored = await readInvestigation(db, id);
    const access = requireAccess(stored, id, req.user!, 'reader');
    withVersionTag(res, stored!.version).json({
      investigation: answerOf(stored!, access),
      changedSinceSaved: await changedSinceSaved(db, stored!.savedEntities),
    });
  });

  router.patch('/investigations/:id', async (req, res) => {
    const id = idOf(req);
    const body = requireObjectBody(req.body);
    const update = parseOrInvalid(updateInvestigationBody, body);
    checkEditors(auth, update.sharing);
    const version = expectedVersion(req, body);
    await answerWrite(
      req,
      res,
      db,
      (db) => updateInvestigation(db, req.user!, id, version, update),
      ({ record, access }) => ({
        status: 200,
        headers: versionTag(record.version),
        body: { investigation: answerOf(record, access) },
      }),
    );
  });

  router.post('/investigations/:id/duplicate', async (req, res) => {
    const id = idOf(req);
    const { name } = parseOrInvalid(duplicateInvestigationBody, requireObjectBody(req.body ?? {}));
    await answerWrite(req, res, db, (db) => duplicateInvestigation(db, req.user!, id, name), answerCreated);
  });

  router.delete('/investigations/:id', async (req, res) => {
    const id = idOf(req);
    const body = parseOrInvalid(deleteInvestigationBody, requireObjectBody(req.body ?? {}));
    const version = expectedVersion(req, body);
    const remove = (db: GraphDb) => deleteInvestigation(db, req.user!, id, version);
    await answerWrite(req, res, db, remove, () => ({ status: 200, body: { deleted: id } }));
  });

  router.get('/investigations/:id/history', async (req, res) => {
    const id = idOf(req);
    requireAccess(await readInvestigation(db, id), id, req.user!, 'reader');
    res.json({ entries: await listTargetAuditEntries(db, 'investigation', id, 100) });
  });

  return router;
}
