// The one-sentence explanations of an exposure answer, for people (the UI shows them in the side panel).
import type { DecidingHolding, ExposureListing, RegimeExposure } from './contract.ts';
import type { Prepared } from './neighbourhood.ts';
import type { Derivation } from './fixpoint.ts';

const pct = (value: number) => `${Number(value.toFixed(2))}%`;
const listedOn = (listings: ExposureListing[]) => {
  const dates = listings
    .map((l) => l.listedOn)
    .filter((d): d is string => Boolean(d))
    .sort();
  return dates.length ? `listed ${dates[0]}` : 'listed, date unknown';
};

export function describeListing(l: ExposureListing): string {
  const parts = [
    `Listed by ${l.authority}`,
    l.program ? `under ${l.program}` : null,
    l.listId ? `(list id ${l.listId})` : null,
    l.listedOn ? `on ${l.listedOn}` : '(listing date unknown)',
  ];
  return parts.filter(Boolean).join(' ');
}

function describeOwner(
  p: Prepared,
  holding: DecidingHolding,
  derived: Map<string, Derivation>,
  regime: RegimeExposure['regime'],
): string {
  if (holding.ownerStatus === 'listed') return listedOn(p.listingsOf(holding.ownerId, regime));
  const via = (derived.get(holding.ownerId)?.holdings ?? []).map((h) => p.graph.nodes.get(h.source)?.name ?? h.source);
  const status = holding.ownerStatus === 'blocked' ? 'blocked' : 'possibly exposed';
  return via.length ? `${status} via ${[...new Set(via)].join(', ')}` : status;
}

function describeHoldings(p: Prepared, r: RegimeExposure, derived: Map<string, Derivation>): string {
  return r.holdings
    .map((h) => {
      const owner = `${h.ownerName} (${describeOwner(p, h, derived, r.regime)})`;
      if (h.type === 'CONTROLS') return `controlled by ${owner}`;
      return `${h.percentage === null ? 'an unknown percentage' : pct(h.percentage)} held by ${owner}`;
    })
    .join(' + ');
}

const US_RULE = "OFAC's 50% rule";
const UK_RULE = 'the UK ownership and control test';

function sentence(p: Prepared, r: RegimeExposure, derived: Map<string, Derivation>): string {
  const rule = r.regime === 'US' ? US_RULE : UK_RULE;
  const threshold = r.regime === 'US' ? '50% or more' : 'more than 50%';
  const holdings = describeHoldings(p, r, derived);
  switch (r.status) {
    case 'listed':
      return r.listings.map(describeListing).join('; ') + '.';
    case 'blocked': {
      const total = r.aggregatePercentage === null ? '' : ` = ${pct(r.aggregatePercentage)}`;
      return r.regime === 'US'
        ? `Blocked under ${rule}: ${holdings}${total}.`
        : `Treated as designated under ${rule}: ${holdings}${total}.`;
    }
    case 'possibly_exposed':
      return `Possibly exposed under ${rule}: ${holdings}. A holding of unknown percentage could bring it to ${threshold}; the rule cannot be decided until that percentage is known.`;
    case 'clear':
      if (!r.holdings.length)
        return `Not blocked under ${rule}: no listed or blocked owner or controller found among ${p.graph.nodes.size - 1} entities upstream.`;
      return r.regime === 'US'
        ? `Not blocked under ${rule}: ${holdings}${r.aggregatePercentage === null ? '' : ` = ${pct(r.aggregatePercentage)}`}, below 50%${r.holdings.some((h) => h.type === 'CONTROLS') ? ' (control alone does not block under the 50% rule, but OFAC advises caution)' : ''}.`
        : `Not treated as designated under ${rule}: no single designated person owns more than 50% or controls it (${holdings}; holdings of different persons are not added up).`;
  }
}

export function explainRegime(p: Prepared, r: RegimeExposure, derived: Map<string, Derivation>): string {
  const cutOff = p.graph.complete
    ? ''
    : ` Only ${p.graph.nodes.size} entities up to ${p.graph.maxDepth} hops upstream were examined (the walk was cut off), so owners further up are not counted.`;
  return sentence(p, r, derived) + cutOff;
}
