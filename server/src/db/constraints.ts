// Constraints and indexes, created idempotently at start-up.
import { AUDIT_SCHEMA_STATEMENTS } from '../audit/auditLog.ts';
import { INVESTIGATION_SCHEMA_STATEMENTS } from '../investigations/investigationStore.ts';
import { IDEMPOTENCY_SCHEMA_STATEMENTS } from '../writes/idempotencyKeys.ts';
import { LISTED_GENERATION_SCHEMA_STATEMENTS } from '../writes/listedGeneration.ts';
import { ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../model/schema.ts';
import type { GraphDb } from './graphDb.ts';

export const FULLTEXT_INDEX = 'entityNames';
/** Names and aliases without spaces (see compactSearchText), for queries typed with other spacing ("jinbei"). */
export const COMPACT_FULLTEXT_INDEX = 'entityCompactNames';
/** The consonants of every name word (see searchForms), for queries written in Arabic or Hebrew script. */
export const SKELETON_FULLTEXT_INDEX = 'entityNameSkeletons';

/** Labels and types come from the model's allow-list, so interpolating them here is safe. */
export function schemaStatements(): string[] {
  const kindIndexes = ENTITY_KIND_NAMES.map(
    (kind) => `CREATE INDEX ${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) ON (n.id)`,
  );
  const relationshipIds = RELATIONSHIP_TYPE_NAMES.map(
    (type) =>
      `CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  );
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    `CREATE FULLTEXT INDEX ${COMPACT_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    `CREATE FULLTEXT INDEX ${SKELETON_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.skeletonText] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`,
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    ...kindIndexes,
    ...relationshipIds,
    ...AUDIT_SCHEMA_STATEMENTS,
    ...INVESTIGATION_SCHEMA_STATEMENTS,
    ...IDEMPOTENCY_SCHEMA_STATEMENTS,
    ...LISTED_GENERATION_SCHEMA_STATEMENTS,
  ];
}

export async function ensureSchema(db: GraphDb): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.writeTx((tx) => tx.run(statement));
  }
  await db.writeTx((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
