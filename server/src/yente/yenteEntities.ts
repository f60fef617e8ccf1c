// FollowTheMoney-shaped entities for the yente-compatible API: the FtM exporter's own mapping, with the datasets
// (one per sanctioning authority whose listings the entity has) and the adjacent entities nested in properties.
import type { GraphDb } from '../db/graphDb.ts';
import { edgeLine, entityLine } from '../exporters/ftmExport.ts';
import { loadExportGraph, type ExportEdge } from '../exporters/loadExportGraph.ts';
import { FTM_EDGE_ENDS } from '../importers/ftmModel.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/schema.ts';
import type { FtmEntity } from './contract.ts';

export const DEFAULT_DATASET = 'default';

export type { FtmEntity };

const DATASETS = `
  MATCH (e:Entity)-[s:SANCTIONED_BY]->(a:Entity)
  RETURN a.id AS name, a.name AS title, count(DISTINCT e) AS entities, max(s.listEditions[-1]) AS version`;

/** One dataset per authority with listings, and `default` holding them all (yente's catalog). */
export async function datasets(db: GraphDb) {
  const result = await db.read(DATASETS);
  const lists = result.records.map((r) => ({
    name: r.get('name') as string,
    title: r.get('title') as string,
    summary: `Entities listed by ${r.get('title')} (${Number(r.get('entities'))} entities)`,
    load: true,
    version: (r.get('version') as string | null) ?? 'unknown',
    index_current: true,
    children: [] as string[],
  }));
  const all = {
    name: DEFAULT_DATASET,
    title: 'All lists in this graph',
    summary: 'Every entity listed by any sanctioning authority in the graph.',
    load: true,
    version:
      lists
        .map((l) => l.version)
        .sort()
        .at(-1) ?? 'unknown',
    index_current: true,
    children: lists.map((l) => l.name),
  };
  return [all, ...lists];
}

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);

/** The property an adjacent edge sits under, as FtM names reverse properties ("ownershipOwner", "sanctions"). */
function adjacentProperty(edge: ExportEdge, id: string): string {
  const schema = RELATIONSHIP_TYPES[edge.type as RelationshipType].ftm ?? 'UnknownLink';
  if (schema === 'Sanction') return 'sanctions';
  const [from, to] = FTM_EDGE_ENDS[schema];
  return `${lowerFirst(schema)}${upperFirst(edge.source === id ? from : to)}`;
}

const NEIGHBOURS = `MATCH (n:Entity {id: $id})--(m:Entity) RETURN DISTINCT m.id AS id LIMIT 200`;

/** FtM entities for the ids, in their order; with `nested`, each carries its adjacent entities (GET /entities). */
export async function ftmEntities(db: GraphDb, ids: string[], nested = false): Promise<FtmEntity[]> {
  if (!ids.length) return [];
  let neighbourIds: string[] = [];
  if (nested) neighbourIds = (await db.read(NEIGHBOURS, { id: ids[0] })).records.map((r) => r.get('id') as string);
  const graph = await loadExportGraph(db, [...ids, ...neighbourIds]);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  return ids.map((id) => {
    const e = byId.get(id)!;
    const line = entityLine(e);
    const edges = graph.edges.filter((edge) => edge.source === id || edge.target === id);
    const listings = edges.filter((edge) => edge.type === 'SANCTIONED_BY' && !edge.endDate);
    const properties: Record<string, unknown[]> = { ...line.properties };
    if (nested)
      for (const edge of edges) {
        const key = adjacentProperty(edge, id);
        const other = byId.get(edge.source === id ? edge.target : edge.source);
        const ftmEdge = edgeLine(edge, graph.names);
        (properties[key] ??= []).push({
          ...ftmEdge,
          caption: other?.name ?? ftmEdge.schema,
          properties:
            other && edge.type !== 'SANCTIONED_BY'
              ? { ...ftmEdge.properties, [edge.source === id ? 'target' : 'source']: [entityLine(other)] }
              : ftmEdge.properties,
        });
      }
    const editions = listings.flatMap((l) => (l.listEditions as string[] | undefined) ?? []).sort();
    return {
      id,
      caption: e.name,
      schema: line.schema,
      properties,
      datasets: [...new Set(listings.map((l) => String(l.target)))],
      referents: [],
      target: listings.length > 0,
      first_seen: editions[0] ?? null,
      last_seen: editions.at(-1) ?? null,
      last_change: null,
    };
  });
}
