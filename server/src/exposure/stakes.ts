// One stake counted once. Holdings recorded between the same owner and asset that are in force on asOf are
// reports of one stake: the same percentage twice counts once, and different percentages (real data has them:
// one owner's stake in one company reported as 48%, 50% and 51%) are a conflict, kept as a range with every
// report and its source. A CONTROLS relationship is one "stake" of control, however often it is recorded.
import { inForceOn } from './dates.ts';
import type { HoldingEdge } from './neighbourhood.ts';
import { ALL, sumUnits, toUnits, type Units } from './percent.ts';

export interface Stake {
  type: HoldingEdge['type'];
  owner: string;
  asset: string;
  /** The lowest and highest reported percentage; null when no report gives one. */
  low: Units | null;
  high: Units | null;
  reports: HoldingEdge[];
}

export const isConflict = (stake: Stake) => stake.low !== stake.high;

/** The in-force stakes into each asset, one per owner and type. */
export function stakesByAsset(edges: HoldingEdge[], asOf: string): Map<string, Stake[]> {
  const stakes = new Map<string, Stake>();
  for (const edge of edges) {
    if (!inForceOn(asOf, edge.startDate, edge.endDate) || edge.source === edge.target) continue;
    const key = `${edge.type}\u0000${edge.source}\u0000${edge.target}`;
    const stake = stakes.get(key) ?? {
      type: edge.type,
      owner: edge.source,
      asset: edge.target,
      low: null,
      high: null,
      reports: [],
    };
    stake.reports.push(edge);
    if (edge.percentage !== null) {
      const units = toUnits(edge.percentage);
      stake.low = stake.low === null ? units : Math.min(stake.low, units);
      stake.high = stake.high === null ? units : Math.max(stake.high, units);
    }
    stakes.set(key, stake);
  }
  const byAsset = new Map<string, Stake[]>();
  for (const stake of stakes.values()) {
    const incoming = byAsset.get(stake.asset) ?? [];
    incoming.push(stake);
    byAsset.set(stake.asset, incoming);
  }
  return byAsset;
}

const owned = (stakes: Stake[]) => stakes.filter((s) => s.type === 'OWNS');

/** What the known stakes add up to at their lowest reported values. */
export const lowSum = (stakes: Stake[]): Units => sumUnits(owned(stakes).map((s) => s.low ?? 0));

/** The most a stake of unknown percentage could be: what the known stakes of all owners leave of 100%. */
export const unknownCeiling = (allIncoming: Stake[]): Units => Math.max(0, ALL - lowSum(allIncoming));

/** The most the stakes from members could add up to: highest reported values, unknown ones at their ceiling. */
export function highSum(fromMembers: Stake[], allIncoming: Stake[]): Units {
  const known = sumUnits(owned(fromMembers).map((s) => s.high ?? 0));
  const hasUnknown = owned(fromMembers).some((s) => s.low === null);
  return Math.min(ALL, known + (hasUnknown ? unknownCeiling(allIncoming) : 0));
}
