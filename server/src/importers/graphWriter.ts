// Batched, idempotent writes: MERGE by id, and a property is only written when it differs, so re-importing
// the same file reports every record "unchanged" and leaves versions alone. Labels and types are interpolated
// only from the model's allow-list.
import type { ManagedTransaction } from 'neo4j-driver';
import { entityToProperties, relationshipToProperties } from '../db/mapping.ts';
import {
  ENTITY_KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type EntityKind,
  type EntityRecord,
  type RelationshipRecord,
  type RelationshipType,
} from '../model/schema.ts';
import type { HolderIdentifier, Outcomes } from './importTypes.ts';

const SAME = (v: string) => `all(k IN keys(row.props) WHERE ${v}[k] = row.props[k])`;

const upsertEntities = (kind: EntityKind) => `
  UNWIND $rows AS row
  OPTIONAL MATCH (old:Entity {id: row.props.id})
  WITH row, CASE WHEN old IS NULL THEN 'created' WHEN old:${kind} AND ${SAME('old')} THEN 'unchanged' ELSE 'updated' END AS outcome
  MERGE (n:Entity {id: row.props.id})
  ON CREATE SET n.version = 1
  FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET n.version = coalesce(n.version, 0) + 1)
  FOREACH (_ IN CASE WHEN outcome <> 'unchanged' THEN [1] ELSE [] END | SET n += row.props, n:${kind})
  RETURN outcome, count(*) AS count`;

const upsertRelationships = (type: RelationshipType) => `
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  OPTIONAL MATCH (a)-[old:${type} {id: row.props.id}]->(b)
  WITH a, b, row, old, COLLECT {
    UNWIND coalesce(old.listEditions, []) + row.editions AS edition RETURN DISTINCT edition ORDER BY edition
  } AS editions
  WITH a, b, row, editions, CASE WHEN old IS NULL THEN 'created'
    WHEN ${SAME('old')} AND editions = coalesce(old.listEditions, []) THEN 'unchanged' ELSE 'updated' END AS outcome
  MERGE (a)-[r:${type} {id: row.props.id}]->(b)
  ON CREATE SET r.version = 1
  FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET r.version = coalesce(r.version, 0) + 1)
  FOREACH (_ IN CASE WHEN outcome <> 'unchanged' THEN [1] ELSE [] END | SET r += row.props)
  FOREACH (_ IN CASE WHEN size(editions) > 0 THEN [1] ELSE [] END | SET r.listEditions = editions)
  RETURN row.props.id AS id, outcome`;

// An identity document adds to its holder's identifiers; a value already there changes nothing.
const ADD_IDENTIFIERS = `
  UNWIND $rows AS row
  MATCH (n:Entity {id: row.id})
  WHERE n:Person
  WITH n, [v IN row.values WHERE NOT v IN coalesce(n.identifiers, [])] AS fresh
  FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
    SET n.identifiers = coalesce(n.identifiers, []) + fresh, n.version = coalesce(n.version, 0) + 1)
  RETURN n.id AS id, CASE WHEN size(fresh) > 0 THEN 'updated' ELSE 'unchanged' END AS outcome`;

export const noOutcomes = (): Outcomes => ({ created: 0, updated: 0, unchanged: 0 });
const add = (into: Outcomes, outcome: keyof Outcomes, n = 1) => (into[outcome] += n);

function groupBy<T, K extends string>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Extra node properties an import stamps on what it writes (e.g. which list it came from). */
export type ExtraProps = Record<string, string>;

export async function writeEntities(
  tx: ManagedTransaction,
  entities: EntityRecord[],
  extra: ExtraProps,
  into: Outcomes,
): Promise<void> {
  for (const [kind, group] of groupBy(entities, (e) => e.kind)) {
    if (!ENTITY_KIND_NAMES.includes(kind)) throw new Error(`kind ${kind} is not in the model`);
    const rows = group.map((e) => ({ props: { ...withoutUndefined(entityToProperties(e)), ...extra } }));
    const result = await tx.run(upsertEntities(kind), { rows });
    for (const r of result.records) add(into, r.get('outcome'), r.get('count'));
  }
}

/** Writes relationships; returns the ids of those not written because an end is missing. */
export async function writeRelationships(
  tx: ManagedTransaction,
  relationships: RelationshipRecord[],
  into: Outcomes,
): Promise<Set<string>> {
  const missing = new Set(relationships.map((r) => r.id));
  for (const [type, group] of groupBy(relationships, (r) => r.type)) {
    if (!RELATIONSHIP_TYPE_NAMES.includes(type)) throw new Error(`type ${type} is not in the model`);
    const rows = group.map((r) => {
      // The editions a listing was seen in add up over imports (list history), so they are merged, not replaced.
      const { listEditions, ...props } = withoutUndefined(relationshipToProperties(r));
      return { source: r.source, target: r.target, props, editions: (listEditions as string[] | undefined) ?? [] };
    });
    const result = await tx.run(upsertRelationships(type), { rows });
    for (const r of result.records) {
      missing.delete(r.get('id'));
      add(into, r.get('outcome'));
    }
  }
  return missing;
}

/** Adds identity documents to their holders (people); returns the holder ids that are not people in the graph. */
export async function addIdentifiers(
  tx: ManagedTransaction,
  identifiers: HolderIdentifier[],
  into: Outcomes,
): Promise<Set<string>> {
  const byHolder = groupBy(identifiers, (i) => i.entityId);
  const rows = [...byHolder].map(([id, group]) => ({ id, values: [...new Set(group.map((i) => i.value))] }));
  const result = await tx.run(ADD_IDENTIFIERS, { rows });
  const missing = new Set(byHolder.keys());
  for (const r of result.records) {
    missing.delete(r.get('id'));
    add(into, r.get('outcome'));
  }
  return missing;
}

function withoutUndefined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}
