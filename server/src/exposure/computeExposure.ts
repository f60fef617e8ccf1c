// The exposure rules, as pure functions over a loaded ownership neighbourhood (no database here).
import type {
  DecidingHolding,
  ExposureChain,
  ExposureListing,
  ExposureRegime,
  ExposureResult,
  RegimeExposure,
} from './contract.ts';
import { inForceOn } from './dates.ts';
import { explainRegime } from './explainExposure.ts';
import { chainsTo, growFixpoint, knownSum, unknownCapacity, type Derivation, type Threshold } from './fixpoint.ts';
import type { HoldingEdge, OwnershipNeighbourhood, Prepared } from './neighbourhood.ts';
import { REGIMES, regimeOfAuthority } from './regimes.ts';

export const DISCLAIMER =
  'An analytical aid computed from the graph as recorded (its sources may be incomplete or out of date), not legal advice. ' +
  "Check the underlying sources and the authorities' own guidance before acting.";

function prepare(graph: OwnershipNeighbourhood, asOf: string): Prepared {
  const incomingByAsset = new Map<string, HoldingEdge[]>();
  for (const edge of graph.edges) {
    if (!inForceOn(asOf, edge.startDate, edge.endDate) || edge.source === edge.target) continue;
    const incoming = incomingByAsset.get(edge.target) ?? [];
    incoming.push(edge);
    incomingByAsset.set(edge.target, incoming);
  }
  const listingsOf = (id: string, regime: ExposureRegime): ExposureListing[] =>
    (graph.nodes.get(id)?.listings ?? [])
      .filter(
        (l) => regimeOfAuthority(l.authorityId) === regime && inForceOn(asOf, l.listedOn ?? l.startDate, l.endDate),
      )
      .map(({ startDate: _s, endDate: _e, ...listing }) => listing);
  return { graph, asOf, incomingByAsset, listingsOf };
}

const ownsOnly = (edges: HoldingEdge[]) => edges.filter((e) => e.type === 'OWNS');

// OFAC: 50% or more in the aggregate, ownership only (control alone does not block under the 50% rule).
const usDefinite: Threshold = (fromMembers) => knownSum(ownsOnly(fromMembers)) >= 50;
const usPossible: Threshold = (fromMembers, all) =>
  knownSum(ownsOnly(fromMembers)) + unknownCapacity(ownsOnly(fromMembers), ownsOnly(all)) >= 50;
// UK: more than 50% by one person (with what it owns more than 50% of), or control.
const ukDefinite: Threshold = (fromMembers) =>
  fromMembers.some((e) => e.type === 'CONTROLS') || knownSum(ownsOnly(fromMembers)) > 50;
const ukPossible: Threshold = (fromMembers, all) =>
  ukDefinite(fromMembers, all) ||
  knownSum(ownsOnly(fromMembers)) + unknownCapacity(ownsOnly(fromMembers), ownsOnly(all)) > 50;

/** The regime's answer once the deciding derivation (if any) is known. */
function answer(
  p: Prepared,
  regime: ExposureRegime,
  status: RegimeExposure['status'],
  derived: Map<string, Derivation>,
  isRoot: (id: string) => boolean,
  ownerStatus: (id: string) => DecidingHolding['ownerStatus'],
) {
  const target = p.graph.targetId;
  const decisive =
    derived.get(target)?.holdings ??
    (p.incomingByAsset.get(target) ?? []).filter((e) => isRoot(e.source) || derived.has(e.source));
  const holdings: DecidingHolding[] = decisive.map((edge) => ({
    edgeId: edge.id,
    type: edge.type,
    ownerId: edge.source,
    ownerName: p.graph.nodes.get(edge.source)?.name ?? edge.source,
    percentage: edge.percentage,
    ownerStatus: ownerStatus(edge.source),
  }));
  const chains: ExposureChain[] = (
    status === 'clear' || status === 'listed' ? [] : chainsTo(target, derived, isRoot)
  ).map((chain) => ({
    nodeIds: chain.nodeIds,
    edgeIds: chain.edges.map((e) => e.id),
    percentages: chain.edges.map((e) => e.percentage),
    root: {
      id: chain.nodeIds[0],
      name: p.graph.nodes.get(chain.nodeIds[0])?.name ?? chain.nodeIds[0],
      listings: p.listingsOf(chain.nodeIds[0], regime),
    },
  }));
  // Under the UK test only one person's holdings add up, so a sum across persons (the clear case) means nothing.
  const aggregate =
    regime === 'UK' && (status === 'clear' || holdings.some((h) => h.type === 'CONTROLS'))
      ? null
      : knownSum(ownsOnly(decisive));
  const result: RegimeExposure = {
    regime,
    rule: REGIMES[regime].rule,
    status,
    explanation: '',
    listings: p.listingsOf(target, regime),
    holdings,
    chains,
    aggregatePercentage: aggregate,
  };
  return { ...result, explanation: explainRegime(p, result, derived) };
}

export function usExposure(p: Prepared): RegimeExposure {
  const listed = new Set([...p.graph.nodes.keys()].filter((id) => p.listingsOf(id, 'US').length > 0));
  const definite = growFixpoint(listed, p.incomingByAsset, usDefinite);
  const possible = growFixpoint(listed, p.incomingByAsset, usPossible);
  const target = p.graph.targetId;
  const ownerStatus = (id: string) => (listed.has(id) ? 'listed' : definite.has(id) ? 'blocked' : 'possibly_exposed');
  const isRoot = (id: string) => listed.has(id);
  if (listed.has(target)) return answer(p, 'US', 'listed', definite, isRoot, ownerStatus);
  if (definite.has(target)) return answer(p, 'US', 'blocked', definite, isRoot, ownerStatus);
  if (possible.has(target)) return answer(p, 'US', 'possibly_exposed', possible, isRoot, ownerStatus);
  return answer(p, 'US', 'clear', definite, isRoot, ownerStatus);
}

/** The UK test, person by person: holdings of different designated persons are never added up. */
export function ukExposure(p: Prepared): RegimeExposure {
  const designated = [...p.graph.nodes.keys()].filter((id) => p.listingsOf(id, 'UK').length > 0);
  const target = p.graph.targetId;
  const closureOf = (person: string, threshold: Threshold) =>
    growFixpoint(new Set([person]), p.incomingByAsset, threshold);
  const byPerson = (person: string, status: RegimeExposure['status'], derived: Map<string, Derivation>) =>
    answer(
      p,
      'UK',
      status,
      derived,
      (id) => id === person,
      (id) => (id === person ? 'listed' : status === 'blocked' ? 'blocked' : 'possibly_exposed'),
    );
  if (designated.includes(target))
    return answer(
      p,
      'UK',
      'listed',
      new Map(),
      () => false,
      () => 'listed',
    );
  for (const person of designated) {
    const closure = closureOf(person, ukDefinite);
    if (closure.has(target)) return byPerson(person, 'blocked', closure);
  }
  for (const person of designated) {
    const closure = closureOf(person, ukPossible);
    if (closure.has(target)) return byPerson(person, 'possibly_exposed', closure);
  }
  return answer(
    p,
    'UK',
    'clear',
    new Map(),
    (id) => designated.includes(id),
    () => 'listed',
  );
}

export function computeExposure(graph: OwnershipNeighbourhood, asOf: string): Omit<ExposureResult, 'entity'> {
  const prepared = prepare(graph, asOf);
  return {
    asOf,
    regimes: [usExposure(prepared), ukExposure(prepared)],
    scope: { maxDepth: graph.maxDepth, nodesExamined: graph.nodes.size, complete: graph.complete },
    disclaimer: DISCLAIMER,
  };
}
