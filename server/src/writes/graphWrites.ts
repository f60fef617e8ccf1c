// Batched, idempotent writes keyed by id: one statement per batch finds what exists, CREATEs what is new (no
// MERGE: it would look each row up a second time and lock it), and writes a property only when it differs, so
// loading the same file again (imports, the seed) reports every record "unchanged", takes no write locks and
// leaves versions alone (the version rule: see versioning.ts).
// Labels and types are checked against the model's allow-list before they reach a statement.
import type { ManagedTransaction } from 'neo4j-driver';
import { entityToProperties, relationshipToProperties } from '../db/mapping.ts';
import {
  ENTITY_KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type EntityRecord,
  type RelationshipRecord,
} from '../model/schema.ts';
import type { HolderIdentifier, Outcomes } from '../importers/importTypes.ts';

/** A stored value equals the row's; an empty list and no property are the same (a bulk load stores no empty lists). */
const EQUAL = (v: string) => `(${v}[k] = row.props[k] OR (${v}[k] IS NULL AND row.props[k] = []))`;
const SAME = (v: string) => `all(k IN keys(row.props) WHERE ${EQUAL(v)})`;
/**
 * An entity whose facts are the same is unchanged even when the file is a newer edition: its sources keep citing
 * the edition its facts were last written from (list history counts it as unchanged).
 */
const SAME_FACTS = (v: string) => `all(k IN keys(row.props) WHERE k = 'sources' OR ${EQUAL(v)})`;

const UPSERT_ENTITIES = `
  UNWIND $rows AS row
  OPTIONAL MATCH (old:Entity {id: row.props.id})
  WITH row, old, CASE WHEN old IS NULL THEN 'created'
    WHEN row.kind IN labels(old) AND ${SAME_FACTS('old')} THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (row, outcome) {
    WITH * WHERE outcome = 'created'
    CREATE (n:Entity:$(row.kind))
    SET n = row.props, n.version = 1
  }
  CALL (row, old, outcome) {
    WITH * WHERE outcome = 'updated'
    SET old += row.props, old:$(row.kind), old.version = coalesce(old.version, 0) + 1
  }
  RETURN row.props.id AS id, outcome`;

const UPSERT_RELATIONSHIPS = `
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  OPTIONAL MATCH (a)-[old:$(row.type) {id: row.props.id}]->(b)
  WITH a, b, row, old, COLLECT {
    UNWIND coalesce(old.listEditions, []) + row.editions AS edition RETURN DISTINCT edition ORDER BY edition
  } AS editions
  WITH a, b, row, old, editions, CASE WHEN old IS NULL THEN 'created'
    WHEN ${SAME('old')} AND editions = coalesce(old.listEditions, []) THEN 'unchanged' ELSE 'updated' END AS outcome
  CALL (a, b, row, editions, outcome) {
    WITH * WHERE outcome = 'created'
    CREATE (a)-[r:$(row.type)]->(b)
    SET r = row.props, r.version = 1, r.listEditions = CASE WHEN size(editions) > 0 THEN editions END
  }
  CALL (old, row, editions, outcome) {
    WITH * WHERE outcome = 'updated'
    SET old += row.props, old.version = coalesce(old.version, 0) + 1,
      old.listEditions = CASE WHEN size(editions) > 0 THEN editions ELSE old.listEditions END
  }
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

// A list file's edition is added to a listing already in the graph (one an import linked its record to by list
// id), so the listing is known to be in force from that file's date; what the listing says is left alone.
const ADD_LISTING_EDITIONS = `
  UNWIND $rows AS row
  MATCH (:Entity {id: row.entityId})-[s:SANCTIONED_BY]->(:Entity {id: row.authorityId})
  WHERE s.listId = row.listId AND coalesce(s.program, '') = row.program
  WITH s, COLLECT {
    UNWIND coalesce(s.listEditions, []) + row.editions AS edition RETURN DISTINCT edition ORDER BY edition
  } AS editions
  WITH s, editions, editions <> coalesce(s.listEditions, []) AS changed
  FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
    SET s.listEditions = editions, s.version = coalesce(s.version, 0) + 1)
  RETURN CASE WHEN changed THEN 'updated' ELSE 'unchanged' END AS outcome`;

export const noOutcomes = (): Outcomes => ({ created: 0, updated: 0, unchanged: 0 });
const add = (into: Outcomes, outcome: keyof Outcomes, n = 1) => (into[outcome] += n);

function groupBy<T, K extends string>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Splits a batch into rounds in which each id occurs once: a statement reads before it writes, so a second row
 * with the id of a row it creates must come in a later statement, which then sees the first as existing.
 */
function roundsOfDistinctIds<T extends { id: string }>(items: T[]): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const round = seen.get(item.id) ?? 0;
    seen.set(item.id, round + 1);
    (rounds[round] ??= []).push(item);
  }
  return rounds;
}

/** Extra node properties an import stamps on what it writes (e.g. which list it came from). */
export type ExtraProps = Record<string, string>;

/** Writes entities; `onOutcome` hears what happened to each (list history counts entries by it). */
export async function writeEntities(
  tx: ManagedTransaction,
  entities: EntityRecord[],
  extra: ExtraProps,
  into: Outcomes,
  onOutcome?: (id: string, outcome: keyof Outcomes) => void,
): Promise<void> {
  for (const round of roundsOfDistinctIds(entities)) {
    const rows = round.map((e) => {
      if (!ENTITY_KIND_NAMES.includes(e.kind)) throw new Error(`kind ${e.kind} is not in the model`);
      return { kind: e.kind, props: { ...withoutUndefined(entityToProperties(e)), ...extra } };
    });
    const result = await tx.run(UPSERT_ENTITIES, { rows });
    for (const r of result.records) {
      add(into, r.get('outcome'));
      onOutcome?.(r.get('id'), r.get('outcome'));
    }
  }
}

/** Writes relationships; returns the ids of those not written because an end is missing. */
export async function writeRelationships(
  tx: ManagedTransaction,
  relationships: RelationshipRecord[],
  into: Outcomes,
): Promise<Set<string>> {
  const missing = new Set(relationships.map((r) => r.id));
  for (const round of roundsOfDistinctIds(relationships)) {
    const rows = round.map((r) => {
      if (!RELATIONSHIP_TYPE_NAMES.includes(r.type)) throw new Error(`type ${r.type} is not in the model`);
      // The editions a listing was seen in add up over imports (list history), so they are merged, not replaced.
      const { listEditions, ...props } = withoutUndefined(relationshipToProperties(r));
      const editions = (listEditions as string[] | undefined) ?? [];
      return { type: r.type, source: r.source, target: r.target, props, editions };
    });
    const result = await tx.run(UPSERT_RELATIONSHIPS, { rows });
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

/** A list edition seen for a listing the graph already has (the entity's listing at the authority by list id). */
export interface ListingEdition {
  entityId: string;
  authorityId: string;
  listId: string;
  program: string;
  editions: string[];
}

/** Adds list editions to listings already in the graph; each listing matched counts once, as updated or not. */
export async function addListingEditions(
  tx: ManagedTransaction,
  rows: ListingEdition[],
  into: Outcomes,
): Promise<void> {
  const result = await tx.run(ADD_LISTING_EDITIONS, { rows });
  for (const r of result.records) add(into, r.get('outcome'));
}

export function withoutUndefined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

const ENSURE_ENTITY = `
  MERGE (n:Entity {id: $props.id})
  ON CREATE SET n += $props, n:$($kind), n.version = 1`;

/** Creates the entity when the graph lacks it; one already there is left as it is (e.g. a cited authority). */
export async function ensureEntity(tx: ManagedTransaction, entity: EntityRecord): Promise<void> {
  if (!ENTITY_KIND_NAMES.includes(entity.kind)) throw new Error(`kind ${entity.kind} is not in the model`);
  await tx.run(ENSURE_ENTITY, { props: withoutUndefined(entityToProperties(entity)), kind: entity.kind });
}
