// The API's response types for the client and the tests: each is z.infer of a schema in its capability's
// contract.ts (or model/shapes.ts for the shared ones), re-exported here so the client has one place to import from.
export type { ApiErrorBody, DataWarning, GraphEdge, GraphNode } from '../model/shapes.ts';
export type { FilteredEntities, RelationshipSearchResult, SearchHit, SearchResult } from '../search/contract.ts';
export type { EntityDetail, RelationshipCount, SanctionSummary } from '../entities/contract.ts';
export type { NeighborPage } from '../expand/contract.ts';
export type { PathResult } from '../paths/contract.ts';
export type { SubgraphResult } from '../subgraph/contract.ts';
export type { EntityDeleteResult, EntityWriteResult } from '../entities-write/contract.ts';
export type { RelationshipWriteResult } from '../relationships-write/contract.ts';
export type { DuplicateCandidate } from '../duplicates/contract.ts';
export type { MergeResult } from '../merge/contract.ts';
export type { AuditAction, AuditEntry, AuditTargetKind } from '../audit/contract.ts';
export type {
  DecidingHolding,
  ExposureChain,
  ExposureListing,
  ExposureRegime,
  ExposureResult,
  ExposureScope,
  ExposureStatus,
  RegimeExposure,
  RegimeListing,
} from '../exposure/contract.ts';
export type { SessionInfo } from '../auth/contract.ts';
export type {
  BatchJobStatus,
  BatchMatch,
  BatchRowResult,
  RowProblem,
  ScreeningMatch,
  ScreeningResult,
} from '../screen/contract.ts';
import type { GraphEdge, GraphNode, VersionedEdge, VersionedEntity } from '../model/shapes.ts';

/** Nodes and the edges among them, as the canvas adds them. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** An entity as stored, with the version a PATCH or DELETE must send back. */
export type StoredEntityShape = VersionedEntity;

/** A relationship as stored, with its version. */
export type StoredRelationshipShape = VersionedEdge;
