// The routers of editing: entity and relationship writes, duplicate checks, merges and the audit trail.
import type { Router } from 'express';
import { auditRoutes } from '../audit/auditRoutes.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { duplicateRoutes } from '../duplicates/duplicateRoutes.ts';
import { entityWriteRoutes } from '../entities-write/entityWriteRoutes.ts';
import { mergeRoutes } from '../merge/mergeRoutes.ts';
import { relationshipWriteRoutes } from '../relationships-write/relationshipWriteRoutes.ts';

export function writeRouters(db: GraphDb): Router[] {
  return [duplicateRoutes(db), entityWriteRoutes(db), relationshipWriteRoutes(db), mergeRoutes(db), auditRoutes(db)];
}
