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
  entity: Record<string, unknown> & { id: string; name: string; kind: EntityKind; aliases: string[]; sources: Source[] };
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
