// The exposure rules, as pure functions over a loaded ownership neighbourhood (no database here). One function
// serves every regime: what differs between them (threshold, aggregation, control, blocking programs) is read
// from the regime table (regimes.ts).
import type { DecidingHolding, ExposureRegime, ExposureResult, RegimeExposure, RegimeListing } from './contract.ts';
import { inForceOn, listingDating } from './dates.ts';
import { describeListing, explainRegime } from './explainExposure.ts';
import { chainsTo, growFixpoint, type Decide, type Derivation } from './fixpoint.ts';
import type { OwnershipNeighbourhood, StoredListing } from './neighbourhood.ts';
import type { Prepared } from './prepared.ts';
import { toPercentage, toUnits, type Units } from './percent.ts';
import { REGIMES, REGIME_NAMES, hasOwnershipRule, regimeOfAuthority, ruleOf } from './regimes.ts';
import { overOwnershipWarnings } from './overOwnership.ts';
import { highSum, lowSum, stakesByAsset, isConflict, type Stake } from './stakes.ts';

export const DISCLAIMER =
  'An analytical aid computed from the graph as recorded (its sources may be incomplete or out of date), not legal advice. ' +
  "Check the underlying sources and the authorities' own guidance before acting.";

function blockingOf(regime: ExposureRegime, program: string | null): RegimeListing['blocking'] {
  const nonBlocking = REGIMES[regime].nonBlockingPrograms;
  if (program === null) return Object.keys(nonBlocking).length > 0 ? 'program_unknown' : 'blocking';
  return program in nonBlocking ? 'non_blocking' : 'blocking';
}

function regimeListing(asOf: string, regime: ExposureRegime, stored: StoredListing): RegimeListing | null {
  const dating = listingDating(asOf, stored);
  if (dating === 'not_in_force') return null;
  const { startDate: _s, endDate: _e, ...listing } = stored;
  const withStatus = { ...listing, dating, blocking: blockingOf(regime, stored.program), note: '' };
  return { ...withStatus, note: describeListing(withStatus, asOf, REGIMES[regime].nonBlockingPrograms) };
}

export function prepare(graph: OwnershipNeighbourhood, asOf: string): Prepared {
  const listingsOf = (id: string, regime: ExposureRegime): RegimeListing[] =>
    (graph.nodes.get(id)?.listings ?? [])
      .filter((l) => regimeOfAuthority(l.authorityId) === regime)
      .map((l) => regimeListing(asOf, regime, l))
      .filter((l): l is RegimeListing => l !== null);
  return { graph, asOf, incomingByAsset: stakesByAsset(graph.edges, asOf), listingsOf };
}

const isCertain = (l: RegimeListing) => l.dating !== 'possibly_in_force';

/** Who starts the rule: listed persons whose listing certainly (or, for `possible`, possibly) blocks on asOf. */
function rootsOf(p: Prepared, regime: ExposureRegime) {
  const certain = new Set<string>();
  const possible = new Set<string>();
  for (const id of p.graph.nodes.keys()) {
    const listings = p.listingsOf(id, regime).filter((l) => l.blocking !== 'non_blocking');
    if (listings.some((l) => isCertain(l) && l.blocking === 'blocking')) certain.add(id);
    if (listings.length > 0) possible.add(id);
  }
  return { certain, possible };
}

/** The sets of listed persons whose holdings add up: all of them, or each with those it acts jointly with. */
function groupsOf(p: Prepared, regime: ExposureRegime, roots: Set<string>): Set<string>[] {
  const { rule } = REGIMES[regime].aggregation;
  if (rule === 'no_ownership_rule') return [];
  if (rule === 'all_persons') return roots.size ? [roots] : [];
  const groupOf = new Map([...roots].map((id) => [id, new Set([id])]));
  for (const joint of p.graph.jointArrangements) {
    const [a, b] = [groupOf.get(joint.source), groupOf.get(joint.target)];
    if (!a || !b || a === b || !inForceOn(p.asOf, joint.startDate, joint.endDate)) continue;
    for (const id of b) {
      a.add(id);
      groupOf.set(id, a);
    }
  }
  return [...new Set(groupOf.values())];
}

function meets(regime: ExposureRegime, units: Units): boolean {
  const { threshold, inclusive } = REGIMES[regime].ownership;
  if (threshold === null) return false;
  return inclusive ? units >= toUnits(threshold) : units > toUnits(threshold);
}

const controlled = (regime: ExposureRegime, stakes: Stake[]) =>
  REGIMES[regime].control.counts && stakes.some((s) => s.type === 'CONTROLS');

const definiteRule =
  (regime: ExposureRegime): Decide =>
  (fromMembers) =>
    controlled(regime, fromMembers) || meets(regime, lowSum(fromMembers));

const possibleRule =
  (regime: ExposureRegime): Decide =>
  (fromMembers, all) =>
    controlled(regime, fromMembers) || meets(regime, highSum(fromMembers, all));

interface Closure {
  group: Set<string>;
  derived: Map<string, Derivation>;
}

function closures(p: Prepared, groups: Set<string>[], decide: Decide): Closure[] {
  return groups.map((group) => ({ group, derived: growFixpoint(group, p.incomingByAsset, decide) }));
}

/** Everything any group derives, for the owners' statuses and the explanation of a clear answer. */
function merged(all: Closure[]): Map<string, Derivation> {
  return new Map(all.flatMap((c) => [...c.derived]));
}

interface Verdict {
  status: RegimeExposure['status'];
  derived: Map<string, Derivation>;
  isRoot: (id: string) => boolean;
}

function decideVerdict(p: Prepared, regime: ExposureRegime, roots: ReturnType<typeof rootsOf>): Verdict {
  const target = p.graph.targetId;
  const own = p.listingsOf(target, regime).filter((l) => l.blocking !== 'non_blocking');
  const none = new Map<string, Derivation>();
  if (own.some(isCertain)) return { status: 'listed', derived: none, isRoot: () => false };
  const definite = closures(p, groupsOf(p, regime, roots.certain), definiteRule(regime));
  const blocked = definite.find((c) => c.derived.has(target));
  if (blocked) return { status: 'blocked', derived: blocked.derived, isRoot: (id) => blocked.group.has(id) };
  if (own.length > 0) return { status: 'possibly_listed', derived: none, isRoot: () => false };
  const possible = closures(p, groupsOf(p, regime, roots.possible), possibleRule(regime)).find((c) =>
    c.derived.has(target),
  );
  if (possible)
    return { status: 'possibly_exposed', derived: possible.derived, isRoot: (id) => possible.group.has(id) };
  const found = merged(closures(p, groupsOf(p, regime, roots.possible), definiteRule(regime)));
  // A walk that was cut off never says clear: owners further up could decide it (unless nothing is derived).
  return {
    status: p.graph.complete || !hasOwnershipRule(regime) ? 'clear' : 'undetermined',
    derived: found,
    isRoot: (id) => roots.possible.has(id),
  };
}

function holdingOf(p: Prepared, stake: Stake, ownerStatus: DecidingHolding['ownerStatus']): DecidingHolding {
  const percentage = (units: Units | null) => (units === null ? null : toPercentage(units));
  return {
    edgeId: stake.reports[0].id,
    type: stake.type,
    ownerId: stake.owner,
    ownerName: p.graph.nodes.get(stake.owner)?.name ?? stake.owner,
    percentage: percentage(stake.low),
    highestPercentage: percentage(stake.high),
    conflict: isConflict(stake),
    reports: stake.reports.map((r) => ({ edgeId: r.id, percentage: r.percentage, sources: r.sources })),
    ownerStatus,
  };
}

function chainsOf(p: Prepared, regime: ExposureRegime, verdict: Verdict): RegimeExposure['chains'] {
  if (verdict.status !== 'blocked' && verdict.status !== 'possibly_exposed') return [];
  return chainsTo(p.graph.targetId, verdict.derived, verdict.isRoot).map((chain) => ({
    nodeIds: chain.nodeIds,
    edgeIds: chain.stakes.map((s) => s.reports[0].id),
    percentages: chain.stakes.map((s) => (s.low === null ? null : toPercentage(s.low))),
    root: {
      id: chain.nodeIds[0],
      name: p.graph.nodes.get(chain.nodeIds[0])?.name ?? chain.nodeIds[0],
      listings: p.listingsOf(chain.nodeIds[0], regime),
    },
  }));
}

function guidanceOf(regime: ExposureRegime): RegimeExposure['guidance'] {
  const spec = REGIMES[regime];
  return [
    { rule: 'ownership' as const, ...spec.ownership.guidance },
    { rule: 'indirect' as const, ...spec.indirect },
    { rule: 'aggregation' as const, ...spec.aggregation.guidance },
    { rule: 'control' as const, ...spec.control.guidance },
  ];
}

export function regimeExposure(p: Prepared, regime: ExposureRegime): RegimeExposure {
  const roots = rootsOf(p, regime);
  const verdict = decideVerdict(p, regime, roots);
  const target = p.graph.targetId;
  const blockedAll = merged(closures(p, groupsOf(p, regime, roots.certain), definiteRule(regime)));
  const ownerStatus = (id: string): DecidingHolding['ownerStatus'] =>
    roots.certain.has(id)
      ? 'listed'
      : roots.possible.has(id)
        ? 'possibly_listed'
        : blockedAll.has(id)
          ? 'blocked'
          : 'possibly_exposed';
  const incoming = p.incomingByAsset.get(target) ?? [];
  const decisive =
    verdict.derived.get(target)?.stakes ??
    incoming.filter((s) => verdict.isRoot(s.owner) || verdict.derived.has(s.owner));
  const onePerson = REGIMES[regime].aggregation.rule !== 'all_persons';
  const noSum =
    verdict.status === 'listed' ||
    verdict.status === 'possibly_listed' ||
    (onePerson && (verdict.status === 'clear' || verdict.status === 'undetermined')) ||
    controlled(regime, decisive);
  const result: RegimeExposure = {
    regime,
    rule: ruleOf(regime),
    status: verdict.status,
    explanation: '',
    listings: p.listingsOf(target, regime),
    holdings: decisive.map((stake) => holdingOf(p, stake, ownerStatus(stake.owner))),
    chains: chainsOf(p, regime, verdict),
    aggregatePercentage: noSum ? null : toPercentage(lowSum(decisive)),
    aggregateMaximum: noSum ? null : toPercentage(highSum(decisive, incoming)),
    guidance: guidanceOf(regime),
  };
  return { ...result, explanation: explainRegime(p, result, verdict.derived, decisive) };
}

export function computeExposure(graph: OwnershipNeighbourhood, asOf: string): Omit<ExposureResult, 'entity'> {
  const prepared = prepare(graph, asOf);
  return {
    asOf,
    regimes: REGIME_NAMES.map((regime) => regimeExposure(prepared, regime)),
    scope: {
      maxDepth: graph.limits.maxDepth,
      maxEntities: graph.limits.maxEntities,
      maxMilliseconds: graph.limits.maxMilliseconds,
      nodesExamined: graph.nodes.size,
      complete: graph.complete,
      boundHit: graph.boundHit,
      stoppedAt: graph.stoppedAt,
    },
    dataWarnings: overOwnershipWarnings(graph.edges, asOf, (id) => graph.nodes.get(id)?.name ?? id),
    disclaimer: DISCLAIMER,
  };
}
