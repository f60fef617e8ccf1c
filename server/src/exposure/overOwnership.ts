// A data-quality check, not a rule: recorded stakes into one asset that add up to more than 100% cannot all be
// true, so the asset carries a warning wherever it is shown (its side panel and any exposure answer that walks
// through it). Stakes are counted as the exposure rules count them: one per owner, at its lowest report, in force
// on the day, in exact units; only a total that exceeds 100% even at the lowest reports is flagged.
import type { DataWarning } from '../model/shapes.ts';
import type { HoldingEdge } from './neighbourhood.ts';
import { ALL, formatPercent, toPercentage } from './percent.ts';
import { lowSum, stakesByAsset } from './stakes.ts';

export function overOwnershipWarnings(
  edges: HoldingEdge[],
  asOf: string,
  nameOf: (id: string) => string,
): DataWarning[] {
  const warnings: DataWarning[] = [];
  for (const [asset, stakes] of stakesByAsset(edges, asOf)) {
    const total = lowSum(stakes);
    if (total <= ALL) continue;
    // Largest stake first, then by name: the database returns holdings in no fixed order.
    const owners = stakes
      .filter((s) => s.type === 'OWNS' && s.low !== null)
      .sort((a, b) => b.low! - a.low! || nameOf(a.owner).localeCompare(nameOf(b.owner)))
      .map((s) => `${nameOf(s.owner)} ${formatPercent(s.low!)}`);
    warnings.push({
      code: 'ownership_over_100',
      entityId: asset,
      entityName: nameOf(asset),
      percentage: toPercentage(total),
      message:
        `Recorded ownership of ${nameOf(asset)} adds up to ${formatPercent(total)} (${owners.join(', ')}) on ${asOf}: ` +
        'at least one stake is wrong or out of date. Check the sources.',
    });
  }
  return warnings;
}
