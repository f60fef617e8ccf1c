// The routers of editing (entity and relationship writes, duplicate checks, merges, the audit trail) and their OpenAPI.
import type { Router } from 'express';
import { auditOpenApi } from '../audit/openapi.ts';
import { auditRoutes } from '../audit/auditRoutes.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { duplicateRoutes } from '../duplicates/duplicateRoutes.ts';
import { duplicatesOpenApi } from '../duplicates/openapi.ts';
import { entityWriteRoutes } from '../entities-write/entityWriteRoutes.ts';
import { entityWritesOpenApi } from '../entities-write/openapi.ts';
import { mergeRoutes } from '../merge/mergeRoutes.ts';
import { mergeOpenApi } from '../merge/openapi.ts';
import type { OpenApiFragment } from '../openapi/fragment.ts';
import { relationshipWritesOpenApi } from '../relationships-write/openapi.ts';
import { relationshipWriteRoutes } from '../relationships-write/relationshipWriteRoutes.ts';

export function writeRouters(db: GraphDb): Router[] {
  return [duplicateRoutes(db), entityWriteRoutes(db), relationshipWriteRoutes(db), mergeRoutes(db), auditRoutes(db)];
}

export const WRITE_FRAGMENTS: OpenApiFragment[] = [
  entityWritesOpenApi,
  relationshipWritesOpenApi,
  duplicatesOpenApi,
  mergeOpenApi,
  auditOpenApi,
];
