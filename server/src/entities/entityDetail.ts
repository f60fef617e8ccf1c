// One entity with everything the side panel shows: properties, sanctions, relationship counts.
import type { EntityDetail, SanctionSummary } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { decodeSources, nodeToEntity } from '../db/mapping.ts';
import { degreeCountsMap, readDegreeCounts } from '../db/patterns.ts';
import { notFound } from '../http/errors.ts';

export const ENTITY_DETAIL_CYPHER = `
  MATCH (n:Entity {id: $id})
  RETURN n AS node,
    [(n)-[s:SANCTIONED_BY]->(authority) | {authorityId: authority.id, authority: authority.name, program: s.program,
      listId: s.listId, listedOn: s.listedOn, sources: s.sources}] AS sanctions,
    ${degreeCountsMap('n')} AS counts,
    COUNT { (n)--() } AS degree`;

type StoredSanction = Omit<SanctionSummary, 'sources'> & { sources: unknown };

const toSanction = (s: StoredSanction): SanctionSummary => ({
  authorityId: String(s.authorityId),
  authority: String(s.authority),
  program: s.program ?? null,
  listId: s.listId == null ? null : String(s.listId),
  listedOn: s.listedOn ?? null,
  sources: decodeSources(s.sources),
});

export async function getEntityDetail(db: GraphDb, id: string): Promise<EntityDetail> {
  const result = await db.read(ENTITY_DETAIL_CYPHER, { id });
  const record = result.records[0];
  if (!record) throw notFound('entity', id);
  const sanctions = (record.get('sanctions') as StoredSanction[]).map(toSanction);
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
