// The API's response shapes, shared by the server and the client's typed API client.
import type { EntityKind, RelationshipType, Source } from '../model/schema.ts';

/** What the canvas needs to draw a node. */
export interface GraphNode {
  id: string;
  name: string;
  kind: EntityKind;
  /** Listed directly by any authority (has a SANCTIONED_BY edge). */
  sanctioned: boolean;
  /** Total number of relationships, in both directions. */
  degree: number;
}

/** What the canvas needs to draw an edge, with its properties (percentage, program, dates, sources...). */
export interface GraphEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  sources: Source[];
  percentage?: number;
  program?: string;
  listId?: string;
  listedOn?: string;
  role?: string;
  startDate?: string;
  endDate?: string;
  confidence?: 'high' | 'medium' | 'low';
  [property: string]: unknown;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  id: string;
  name: string;
  kind: EntityKind;
  sanctioned: boolean;
  /** Total number of relationships, as on GraphNode. */
  degree: number;
  /** The alias that matched, when the match was on an alias rather than the name. */
  matchedAlias: string | null;
  score: number;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Ranked text searches come in one page. */
  nextCursor: null;
}

/** A search by property filters alone (no q): entities by name, unscored, one page at a time. */
export interface FilteredEntities {
  query: null;
  hits: (GraphNode & { matchedAlias: null; score: null })[];
  /** The next page; null on the last one. */
  nextCursor: string | null;
}

export interface SanctionSummary {
  authorityId: string;
  authority: string;
  program: string | null;
  listId: string | null;
  listedOn: string | null;
  sources: Source[];
}

export interface RelationshipCount {
  type: RelationshipType;
  direction: 'out' | 'in';
  count: number;
}

export interface EntityDetail {
  entity: Record<string, unknown> & {
    id: string;
    name: string;
    kind: EntityKind;
    aliases: string[];
    sources: Source[];
  };
  sanctions: SanctionSummary[];
  relationshipCounts: RelationshipCount[];
  degree: number;
  /** Listed directly by any authority (has a SANCTIONED_BY edge), as on GraphNode. */
  sanctioned: boolean;
}

export interface NeighborPage extends Subgraph {
  /** The expanded entity itself; `nodes` holds its neighbours on this page. */
  center: GraphNode;
  /** Totals of this entity's relationships per type (within the requested direction), however many were returned. */
  counts: Partial<Record<RelationshipType, number>>;
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface PathResult extends Subgraph {
  /** Each path as an ordered list of node ids and the edge ids between them. */
  paths: { nodeIds: string[]; edgeIds: string[] }[];
}

export interface SubgraphResult extends Subgraph {
  /** Requested ids that name no entity. */
  missing: string[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; details: unknown };
}

/** An entity as stored, with the version a PATCH or DELETE must send back. */
export type StoredEntityShape = EntityDetail['entity'] & { version: number };

/** A relationship as stored, with its version. */
export type StoredRelationshipShape = GraphEdge & { version: number };

export interface EntityWriteResult {
  entity: StoredEntityShape;
}

export interface RelationshipWriteResult {
  relationship: StoredRelationshipShape;
}

export interface EntityDeleteResult {
  entity: StoredEntityShape;
  removedRelationships: StoredRelationshipShape[];
}

/** An existing entity that a new one is likely to duplicate. */
export interface DuplicateCandidate {
  id: string;
  name: string;
  kind: EntityKind;
  sanctioned: boolean;
  /** The candidate's name or alias that matched best. */
  matchedName: string;
  similarity: number;
  /** Why it looks like the same entity: "same name", "same birth date", ... */
  reasons: string[];
}

export type AuditAction = 'create' | 'update' | 'delete' | 'merge' | 'import';
/** 'list': an import run of a whole file, whose entry carries the run's counts. */
export type AuditTargetKind = 'entity' | 'relationship' | 'list' | 'investigation';

/** One change in the audit trail: who, when, what, before and after, citing which sources. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: AuditAction;
  targetKind: AuditTargetKind;
  targetId: string;
  /** For relationships: their endpoints; for a merge: the merged-away entity and the survivor. */
  fromEntity: string | null;
  toEntity: string | null;
  note: string | null;
  before: unknown;
  after: unknown;
  sources: Source[];
}

// ---- Sanctions exposure, screening, import (issue 6) ----

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

/** GET /api/session: the auth mode and the caller. */
export interface SessionInfo {
  mode: 'local' | 'token';
  user: { name: string; role: 'analyst' | 'investigator' | 'admin' };
}
