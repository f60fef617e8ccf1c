// One entity with everything the side panel shows: properties, sanctions, relationship counts.
import type { EntityDetail, SanctionSummary } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { nodeToEntity } from '../db/mapping.ts';
import { listingMap, listingSummary, toListing, type SanctionListing } from '../listings/sanctionListings.ts';
import { degreeCountsMap, readDegreeCounts } from '../db/patterns.ts';
import { notFound } from '../model/domainErrors.ts';

export const ENTITY_DETAIL_CYPHER = `
  MATCH (n:Entity {id: $id})
  RETURN n AS node,
    [(n)-[s:SANCTIONED_BY]->(authority) | ${listingMap('s', 'authority')}] AS sanctions,
    ${degreeCountsMap('n')} AS counts,
    COUNT { (n)--() } AS degree`;

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
  return {
    entity: nodeToEntity(record.get('node')) as EntityDetail['entity'],
    sanctions,
    relationshipCounts: readDegreeCounts(record.get('counts')),
    degree: Number(record.get('degree')),
    sanctioned: sanctions.length > 0,
  };
}
