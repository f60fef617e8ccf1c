// The API's capabilities: each one's router and its contract. To add an endpoint, declare it in its
// capability's contract.ts, route it in its <capability>Routes.ts, and list both here if the capability is new.
import type { Router } from 'express';
import type { Neo4jProcessStatus } from '../../neo4j/localNeo4j.ts';
import { auditContract } from './audit/contract.ts';
import { auditRoutes } from './audit/auditRoutes.ts';
import type { AuthConfig } from './auth/authConfig.ts';
import { sessionContract } from './auth/contract.ts';
import { sessionRoutes } from './auth/sessionRoutes.ts';
import type { GraphDb } from './db/graphDb.ts';
import { duplicatesContract } from './duplicates/contract.ts';
import { duplicateRoutes } from './duplicates/duplicateRoutes.ts';
import { entitiesContract } from './entities/contract.ts';
import { entityRoutes } from './entities/entityRoutes.ts';
import { entityWritesContract } from './entities-write/contract.ts';
import { entityWriteRoutes } from './entities-write/entityWriteRoutes.ts';
import { expandContract } from './expand/contract.ts';
import { expandRoutes } from './expand/expandRoutes.ts';
import { exportContract } from './exporters/contract.ts';
import { exportRoutes } from './exporters/exportRoutes.ts';
import { exposureContract } from './exposure/contract.ts';
import { exposureRoutes } from './exposure/exposureRoutes.ts';
import { healthContract } from './health/contract.ts';
import { healthRoutes } from './health/healthRoutes.ts';
import type { Contract } from './http/operations.ts';
import { importContract } from './importers/contract.ts';
import { importRoutes } from './importers/importRoutes.ts';
import { investigationsContract } from './investigations/contract.ts';
import { investigationRoutes } from './investigations/investigationRoutes.ts';
import { mergeContract } from './merge/contract.ts';
import { mergeRoutes } from './merge/mergeRoutes.ts';
import { pathsContract } from './paths/contract.ts';
import { pathRoutes } from './paths/pathRoutes.ts';
import { relationshipWritesContract } from './relationships-write/contract.ts';
import { relationshipWriteRoutes } from './relationships-write/relationshipWriteRoutes.ts';
import { screenContract } from './screen/contract.ts';
import { screenRoutes } from './screen/screenRoutes.ts';
import { searchContract } from './search/contract.ts';
import { searchRoutes } from './search/searchRoutes.ts';
import { subgraphContract } from './subgraph/contract.ts';
import { subgraphRoutes } from './subgraph/subgraphRoutes.ts';
import { yenteContract } from './yente/contract.ts';

/** Every capability's contract, in the order the OpenAPI document lists them. */
export const API_CONTRACTS: Contract[] = [
  healthContract,
  sessionContract,
  searchContract,
  entitiesContract,
  expandContract,
  pathsContract,
  subgraphContract,
  entityWritesContract,
  relationshipWritesContract,
  duplicatesContract,
  mergeContract,
  auditContract,
  exposureContract,
  screenContract,
  importContract,
  exportContract,
  investigationsContract,
  yenteContract,
];

/** The routers under /api (GET /api/openapi.json is added by app.ts). */
export function capabilityRouters(db: GraphDb, auth: AuthConfig, neo4jProcess?: () => Neo4jProcessStatus): Router[] {
  return [
    healthRoutes(db, neo4jProcess),
    sessionRoutes(auth),
    searchRoutes(db),
    entityRoutes(db),
    expandRoutes(db),
    pathRoutes(db),
    subgraphRoutes(db),
    duplicateRoutes(db),
    entityWriteRoutes(db),
    relationshipWriteRoutes(db),
    mergeRoutes(db),
    auditRoutes(db),
    exposureRoutes(db),
    importRoutes(db),
    screenRoutes(db),
    exportRoutes(db),
    investigationRoutes(db, auth),
  ];
}
