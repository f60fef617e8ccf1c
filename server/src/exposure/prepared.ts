// What the rules work on, prepared once per answer. A module of its own so that the rules (computeExposure.ts) and
// their explanations (explainExposure.ts) both read it without importing each other.
import type { ExposureRegime, RegimeListing } from './contract.ts';
import type { OwnershipNeighbourhood } from './neighbourhood.ts';
import type { Stake } from './stakes.ts';

/** In-force stakes per asset and the listings in force (or possibly in force) per entity and regime. */
export interface Prepared {
  graph: OwnershipNeighbourhood;
  asOf: string;
  incomingByAsset: Map<string, Stake[]>;
  listingsOf: (id: string, regime: ExposureRegime) => RegimeListing[];
}
