// The one-sentence explanations of an exposure answer, for people (the UI shows them in the side panel). They say
// what was found, what is unknown and why the answer is what it is; the thresholds come from the regime table.
import type { ExposureRegime, RegimeExposure, RegimeListing } from './contract.ts';
import type { Prepared } from './prepared.ts';
import type { Derivation } from './fixpoint.ts';
import { formatPercent, toUnits } from './percent.ts';
import { REGIMES, hasOwnershipRule, thresholdText } from './regimes.ts';
import { isConflict, lowSum, highSum, unknownCeiling, type Stake } from './stakes.ts';

type ListingFacts = Omit<RegimeListing, 'note'>;

function datingText(l: ListingFacts, asOf: string): string {
  const firstEdition = l.listEditions[0];
  if (l.dating === 'in_force_date_unknown') return 'in force, date unknown (recorded without a date or list file)';
  if (l.listedOn && l.listedOn.length === 10) return `on ${l.listedOn}`;
  const known = l.listedOn ? `in ${l.listedOn} (day unknown)` : 'listing date unknown';
  if (l.dating === 'in_force') return `${known}; on the list of ${firstEdition ?? l.listedOn}`;
  return `${known}; first seen in the list of ${firstEdition ?? '(none)'}, so possibly not yet listed on ${asOf}`;
}

export function describeListing(l: ListingFacts, asOf: string, nonBlocking: Readonly<Record<string, string>>): string {
  const parts = [
    `Listed by ${l.authority}`,
    l.program ? `under ${l.program}` : '(program unknown)',
    l.listId ? `(list id ${l.listId})` : null,
    datingText(l, asOf),
  ];
  const blocking =
    l.blocking === 'non_blocking'
      ? ` Not a blocking program (${nonBlocking[l.program!]}): it does not start the ownership rule.`
      : l.blocking === 'program_unknown'
        ? ' Its program is unknown, so whether it blocks is not known.'
        : '';
  return parts.filter(Boolean).join(' ') + blocking;
}

const listedText = (p: Prepared, id: string, regime: ExposureRegime) => {
  const listings = p.listingsOf(id, regime);
  const dated = listings
    .map((l) => l.listedOn)
    .filter((d): d is string => Boolean(d))
    .sort();
  if (listings.some((l) => l.dating === 'possibly_in_force') && !listings.some((l) => l.dating === 'in_force'))
    return 'possibly listed: listing date unknown';
  return dated.length ? `listed ${dated[0]}` : 'listed, date unknown';
};

function describeOwner(p: Prepared, r: RegimeExposure, stake: Stake, derived: Map<string, Derivation>): string {
  const holding = r.holdings.find((h) => h.ownerId === stake.owner && h.type === stake.type)!;
  if (holding.ownerStatus === 'listed' || holding.ownerStatus === 'possibly_listed')
    return listedText(p, stake.owner, r.regime);
  const via = (derived.get(stake.owner)?.stakes ?? []).map((s) => p.graph.nodes.get(s.owner)?.name ?? s.owner);
  const status = holding.ownerStatus === 'blocked' ? 'blocked' : 'possibly exposed';
  return via.length ? `${status} via ${[...new Set(via)].join(', ')}` : status;
}

const sourceName = (report: Stake['reports'][number]) =>
  report.sources[0] ? `${report.sources[0].publisher}, ${report.sources[0].date}` : 'no source';

function percentText(stake: Stake, incoming: Stake[]): string {
  if (stake.low === null) return `an unknown percentage (at most ${formatPercent(unknownCeiling(incoming))})`;
  if (!isConflict(stake)) return formatPercent(stake.low);
  const reports = stake.reports
    .filter((r) => r.percentage !== null)
    .map((r) => `${formatPercent(toUnits(r.percentage!))} per ${sourceName(r)}`);
  return `${formatPercent(stake.low)} to ${formatPercent(stake.high!)} (conflicting reports: ${reports.join('; ')})`;
}

function describeStakes(p: Prepared, r: RegimeExposure, stakes: Stake[], derived: Map<string, Derivation>): string {
  const incoming = p.incomingByAsset.get(p.graph.targetId) ?? [];
  return stakes
    .map((stake) => {
      const owner = `${p.graph.nodes.get(stake.owner)?.name ?? stake.owner} (${describeOwner(p, r, stake, derived)})`;
      if (stake.type === 'CONTROLS') return `controlled by ${owner}`;
      return `${percentText(stake, incoming)} held by ${owner}`;
    })
    .join(' + ');
}

function totalText(r: RegimeExposure, stakes: Stake[], incoming: Stake[]): string {
  if (r.aggregatePercentage === null) return '';
  const low = lowSum(stakes);
  const high = highSum(stakes, incoming);
  if (high === low) return ` = ${formatPercent(low)}`;
  const known = stakes.some((s) => s.type === 'OWNS' && s.low !== null);
  return known ? ` = ${formatPercent(low)} to ${formatPercent(high)}` : ` = unknown, at most ${formatPercent(high)}`;
}

/** "below 50%" for an inclusive threshold, "not more than 50%" for a strict one. */
function belowText(regime: ExposureRegime): string {
  const { threshold, inclusive } = REGIMES[regime].ownership;
  if (threshold === null) return 'with no ownership threshold to reach';
  return inclusive ? `below ${threshold}%` : `not more than ${threshold}%`;
}

/** Listed persons upstream whose stakes do not reach the entity through entities the rule looks through. */
function listedUpstream(p: Prepared, regime: ExposureRegime): string[] {
  return [...p.graph.nodes.keys()]
    .filter((id) => id !== p.graph.targetId)
    .filter((id) => p.listingsOf(id, regime).some((l) => l.blocking !== 'non_blocking'))
    .map((id) => p.graph.nodes.get(id)!.name);
}

function whyNotClear(r: RegimeExposure): string {
  const reasons = [];
  if (r.holdings.some((h) => h.percentage === null)) reasons.push('a stake of unknown percentage');
  if (r.holdings.some((h) => h.conflict)) reasons.push('conflicting reports of a stake (counted at their lowest)');
  if (r.holdings.some((h) => h.ownerStatus === 'possibly_listed'))
    reasons.push('an owner whose listing date is unknown');
  return reasons.join(' and ') || 'what is unknown';
}

/** A regime that counts only its own listings (the UN's): what is upstream is named, not counted. */
function noOwnershipRuleText(p: Prepared, r: RegimeExposure): string {
  const spec = REGIMES[r.regime];
  const upstream = listedUpstream(p, r.regime);
  const owners = upstream.length
    ? ` Listed persons upstream (${upstream.slice(0, 5).join(', ')}) own or control part of it: check how your jurisdiction implements the UN measures.`
    : '';
  return `${spec.verdict.no} under ${spec.name}: the UN sets no ownership threshold, so ownership or control by listed persons is not counted here.${owners}`;
}

function clearText(p: Prepared, r: RegimeExposure, holdings: string, total: string): string {
  const spec = REGIMES[r.regime];
  const rule = spec.name;
  const through = `entities they own ${thresholdText(r.regime)} of${spec.control.counts ? ' or control' : ''}`;
  if (!hasOwnershipRule(r.regime)) return noOwnershipRuleText(p, r);
  if (!r.holdings.length) {
    const upstream = listedUpstream(p, r.regime);
    return upstream.length
      ? `${REGIMES[r.regime].verdict.no} under ${rule}: listed persons upstream (${upstream.slice(0, 5).join(', ')}) hold no stake in it, directly or through ${through}.`
      : `${REGIMES[r.regime].verdict.no} under ${rule}: no listed or blocked owner or controller found among ${p.graph.nodes.size - 1} entities upstream.`;
  }
  if (spec.aggregation.rule === 'all_persons') {
    const control = r.holdings.some((h) => h.type === 'CONTROLS')
      ? ` (control alone does not count under ${rule}, but the guidance advises caution)`
      : '';
    return `${REGIMES[r.regime].verdict.no} under ${rule}: ${holdings}${total}, ${belowText(r.regime)}${control}.`;
  }
  return `${REGIMES[r.regime].verdict.no} under ${rule}: no designated person owns ${thresholdText(r.regime)} of it, directly or through entities it owns ${thresholdText(r.regime)} of, or controls it, and none acts jointly with another to reach it (found: ${holdings}; holdings of different persons are not added up without a joint arrangement).`;
}

function sentence(p: Prepared, r: RegimeExposure, derived: Map<string, Derivation>, stakes: Stake[]): string {
  const rule = REGIMES[r.regime].name;
  const incoming = p.incomingByAsset.get(p.graph.targetId) ?? [];
  const holdings = describeStakes(p, r, stakes, derived);
  const total = totalText(r, stakes, incoming);
  switch (r.status) {
    case 'listed':
      return r.listings.map((l) => l.note).join('; ') + '.';
    case 'possibly_listed':
      return `Possibly listed: ${r.listings.map((l) => l.note).join('; ')}.`;
    case 'blocked':
      return `${REGIMES[r.regime].verdict.yes} under ${rule}: ${holdings}${total}.`;
    case 'possibly_exposed':
      return `Possibly exposed under ${rule}: ${holdings}${total}. Because of ${whyNotClear(r)}, it could reach ${thresholdText(r.regime)}; the rule cannot be decided until that is known.`;
    case 'undetermined':
      return `Undetermined under ${rule}: the walk upstream was cut off, so owners further up are not known. Found so far: ${r.holdings.length ? `${holdings}${total}` : `no listed or blocked owner among ${p.graph.nodes.size - 1} entities`}.`;
    case 'clear':
      return clearText(p, r, holdings, total);
  }
}

const BOUND_TEXT = {
  depth: (p: Prepared) => `its depth bound of ${p.graph.limits.maxDepth} hops`,
  entities: (p: Prepared) => `its bound of ${p.graph.limits.maxEntities.toLocaleString('en')} entities`,
  time: (p: Prepared) => `its time bound of ${p.graph.limits.maxMilliseconds / 1000} s`,
};

export function cutOffText(p: Prepared): string {
  const { boundHit, stoppedAt } = p.graph;
  if (!boundHit || !stoppedAt) return '';
  const where = stoppedAt.entityIds.map((id) => p.graph.nodes.get(id)?.name ?? id).join(', ');
  return ` The walk stopped at ${BOUND_TEXT[boundHit](p)}, ${stoppedAt.depth} hops up, at ${where}: ${p.graph.nodes.size} entities were examined.`;
}

export function explainRegime(
  p: Prepared,
  r: RegimeExposure,
  derived: Map<string, Derivation>,
  stakes: Stake[],
): string {
  return sentence(p, r, derived, stakes) + (r.status === 'listed' ? '' : cutOffText(p));
}
