// One entity with everything the side panel shows: properties, sanctions, relationship counts.
import type { EntityDetail, SanctionSummary } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { nodeToEntity } from '../db/mapping.ts';
import { listingMap, listingSummary, toListing, type SanctionListing } from '../listings/sanctionListings.ts';
import { degreeCountsMap, readDegreeCounts } from '../db/patterns.ts';
import { notFound } from '../model/domainErrors.ts';
import { today } from '../exposure/dates.ts';
import type { HoldingEdge } from '../exposure/neighbourhood.ts';
import { overOwnershipWarnings } from '../exposure/overOwnership.ts';

export const ENTITY_DETAIL_CYPHER = `
  MATCH (n:Entity {id: $id})
  RETURN n AS node,
    [(n)-[s:SANCTIONED_BY]->(authority) | ${listingMap('s', 'authority')}] AS sanctions,
    ${degreeCountsMap('n')} AS counts,
    COUNT { (n)--() } AS degree,
    [(owner:Entity)-[o:OWNS]->(n) | {id: coalesce(o.id, elementId(o)), source: owner.id, ownerName: owner.name,
      percentage: o.percentage, startDate: o.startDate, endDate: o.endDate}] AS holdings`;

/** Today's recorded stakes into the entity that cannot all be true (more than 100% in total). */
function ownershipWarnings(id: string, name: string, rows: Record<string, unknown>[]) {
  const names = new Map<string, string>([[id, name]]);
  const holdings = rows.map((row): HoldingEdge => {
    names.set(String(row.source), String(row.ownerName));
    const value = <T>(key: string) => (row[key] ?? null) as T | null;
    return {
      id: String(row.id),
      type: 'OWNS',
      source: String(row.source),
      target: id,
      percentage: value<number>('percentage'),
      startDate: value<string>('startDate'),
      endDate: value<string>('endDate'),
      sources: [],
    };
  });
  return overOwnershipWarnings(holdings, today(), (key) => names.get(key) ?? key);
}

const toSanction = (listing: SanctionListing): SanctionSummary => ({
  ...listingSummary(listing),
  sources: listing.sources,
});

export async function getEntityDetail(db: GraphDb, id: string): Promise<EntityDetail> {
  const result = await db.read(ENTITY_DETAIL_CYPHER, { id });
  const record = result.records[0];
  if (!record) throw notFound('entity', id);
  const sanctions = (record.get('sanctions') as Record<string, unknown>[]).map(toListing).map(toSanction);
  sanctions.sort(
    (a, b) => (a.listedOn ?? '').localeCompare(b.listedOn ?? '') || a.authority.localeCompare(b.authority),
  );
  const entity = nodeToEntity(record.get('node')) as EntityDetail['entity'];
  return {
    entity,
    sanctions,
    relationshipCounts: readDegreeCounts(record.get('counts')),
    degree: Number(record.get('degree')),
    sanctioned: sanctions.length > 0,
    dataWarnings: ownershipWarnings(id, entity.name, record.get('holdings')),
  };
}
