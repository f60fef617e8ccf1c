// Which authority's listings count for which sanctions regime. The exposure rules and the importers share it,
// so that an imported OFAC or UK listing lands on the authority node the rules look at.
import type { ExposureRegime } from './contract.ts';

interface RegimeSpec {
  /** The authority nodes (PublicBody ids) whose SANCTIONED_BY edges are listings of this regime. */
  authorityIds: readonly string[];
  /** The rule, as the API names it. */
  rule: string;
  /** How the authority is created when an import needs it and the graph lacks it. */
  authority: { id: string; name: string; jurisdiction: string };
  /** Recognises the authority in a FollowTheMoney Sanction record (its `authority` text and `country`). */
  matchesFtmAuthority: (authority: string, country: string) => boolean;
}

export const REGIMES: Record<ExposureRegime, RegimeSpec> = {
  US: {
    authorityIds: ['us-treasury-ofac'],
    rule: 'OFAC 50 percent rule: blocked persons own 50% or more in the aggregate, directly or through blocked entities',
    authority: {
      id: 'us-treasury-ofac',
      name: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
      jurisdiction: 'US',
    },
    matchesFtmAuthority: (authority, country) =>
      /\bOFAC\b|Office of Foreign Assets Control/i.test(authority) && (country === '' || country === 'us'),
  },
  UK: {
    authorityIds: ['uk-fcdo-ofsi'],
    rule: 'UK ownership and control test: one designated person owns more than 50% (directly or through entities it owns more than 50% of) or controls',
    authority: {
      id: 'uk-fcdo-ofsi',
      name: 'UK Foreign, Commonwealth & Development Office (FCDO) / OFSI',
      jurisdiction: 'GB',
    },
    matchesFtmAuthority: (authority, country) =>
      /\bOFSI\b|\bFCDO\b|Office of Financial Sanctions Implementation|Foreign, Commonwealth|HM Treasury/i.test(
        authority,
      ) &&
      (country === '' || country === 'gb'),
  },
};

export const REGIME_NAMES = Object.keys(REGIMES) as ExposureRegime[];

export function regimeOfAuthority(authorityId: string): ExposureRegime | null {
  return REGIME_NAMES.find((regime) => REGIMES[regime].authorityIds.includes(authorityId)) ?? null;
}
