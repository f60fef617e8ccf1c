// The ownership neighbourhood the exposure rules reason over: the entity, its upstream owners and controllers
// (bounded in depth and size), their holdings and their listings. Loaded from Neo4j, computed on in TypeScript.
import type { ExposureListing, ExposureRegime } from './contract.ts';
import type { EntityKind } from '../model/schema.ts';

export interface StoredListing extends ExposureListing {
  startDate: string | null;
  endDate: string | null;
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
}

export interface OwnershipNeighbourhood {
  targetId: string;
  nodes: Map<string, NeighbourhoodNode>;
  edges: HoldingEdge[];
  maxDepth: number;
  /** False when the node cap cut the walk upstream short. */
  complete: boolean;
}

/** What the rules need, prepared once: in-force holdings per asset and in-force listings per entity and regime. */
export interface Prepared {
  graph: OwnershipNeighbourhood;
  asOf: string;
  incomingByAsset: Map<string, HoldingEdge[]>;
  listingsOf: (id: string, regime: ExposureRegime) => ExposureListing[];
}
