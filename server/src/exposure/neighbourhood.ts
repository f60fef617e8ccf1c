// The ownership neighbourhood the exposure rules reason over: the entity, its upstream owners and controllers
// (bounded in depth, size and time), their holdings and their listings, and the joint arrangements between them.
// Loaded from Neo4j, computed on in TypeScript.
import type { EntityKind, Source } from '../model/schema.ts';
import type { ExposureListing, WalkBound } from './contract.ts';

export interface StoredListing extends ExposureListing {
  startDate: string | null;
  endDate: string | null;
  listEditions: string[];
}

export interface NeighbourhoodNode {
  id: string;
  name: string;
  kind: EntityKind;
  listings: StoredListing[];
}

export interface HoldingEdge {
  id: string;
  type: 'OWNS' | 'CONTROLS';
  /** The owner or controller. */
  source: string;
  /** The asset held or controlled. */
  target: string;
  percentage: number | null;
  startDate: string | null;
  endDate: string | null;
  sources: Source[];
}

/** An ACTS_JOINTLY_WITH relationship: the two hold or exercise their shares or rights together. */
export interface JointArrangement {
  id: string;
  source: string;
  target: string;
  startDate: string | null;
  endDate: string | null;
}

export interface WalkLimits {
  maxDepth: number;
  maxEntities: number;
  maxMilliseconds: number;
}

export interface OwnershipNeighbourhood {
  targetId: string;
  nodes: Map<string, NeighbourhoodNode>;
  edges: HoldingEdge[];
  jointArrangements: JointArrangement[];
  limits: WalkLimits;
  /** False when a bound cut the walk upstream short. */
  complete: boolean;
  boundHit: WalkBound | null;
  /** Where the walk stopped: the hop and (some of) the entities whose owners were not looked at. */
  stoppedAt: { depth: number; entityIds: string[] } | null;
}
