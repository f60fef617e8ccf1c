// The entities to export, with all their properties, and every relationship among them.
import type { GraphDb } from '../db/graphDb.ts';
import { nodeToEntity, relationshipToEdge } from '../db/mapping.ts';
import { DomainError } from '../model/domainErrors.ts';
import type { EntityKind, Source } from '../model/schema.ts';

export type ExportEntity = Record<string, unknown> & {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  sources: Source[];
  sanctioned: boolean;
};
export type ExportEdge = Record<string, unknown> & {
  id: string;
  type: string;
  source: string;
  target: string;
  sources: Source[];
};

export interface ExportGraph {
  entities: ExportEntity[];
  edges: ExportEdge[];
  /** Names of the entities at both ends of exported edges (FtM names a Sanction's authority by name). */
  names: Map<string, string>;
}

/** Edges whose both ends are exported (GraphML and CSV cannot point outside the file). */
export const edgesAmong = (graph: ExportGraph) => {
  const ids = new Set(graph.entities.map((e) => e.id));
  return graph.edges.filter((e) => ids.has(String(e.source)) && ids.has(String(e.target)));
};

const ENTITIES = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN n, EXISTS { (n)-[:SANCTIONED_BY]->() } AS sanctioned`;

const EDGES_AMONG = `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r]->(b:Entity)
  WHERE b.id IN $ids OR r:SANCTIONED_BY
  RETURN r, a.id AS source, b.id AS target, b.name AS targetName`;

/**
 * `edgeIds`, when given, keeps only those relationships: the links the canvas shows, nothing the analyst did not
 * see. Whether an entity is sanctioned at all travels with the entity (`sanctioned`), as it is drawn on its node.
 */
export async function loadExportGraph(db: GraphDb, ids: string[], edgeIds?: string[]): Promise<ExportGraph> {
  const unique = [...new Set(ids)];
  const nodes = await db.read(ENTITIES, { ids: unique });
  const entities = nodes.records.map(
    (r) => ({ ...nodeToEntity(r.get('n')), sanctioned: r.get('sanctioned') as boolean }) as ExportEntity,
  );
  const found = new Set(entities.map((e) => e.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) {
    throw new DomainError(
      'not_found',
      'not_found',
      `No entity with id "${missing[0]}"${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''}.`,
      { missing: missing.slice(0, 50) },
    );
  }
  const rels = await db.read(EDGES_AMONG, { ids: unique });
  const wanted = edgeIds && new Set(edgeIds);
  const edges = rels.records
    .map((r) => relationshipToEdge(r.get('r'), r.get('source'), r.get('target')) as ExportEdge)
    .filter((e) => !wanted || wanted.has(e.id));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  for (const r of rels.records) names.set(r.get('target'), r.get('targetName'));
  return { entities, edges, names };
}
