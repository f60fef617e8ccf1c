// Likely existing records for a new entity: the search capability's fuzzy name search finds candidates, then
// name similarity, kind, birth date and jurisdiction decide which are likely the same entity.
import type { ManagedTransaction } from 'neo4j-driver';
import type { SearchHit } from '../search/contract.ts';
import type { DuplicateCandidate } from './contract.ts';
import { ENTITY_KIND_NAMES, type EntityKind } from '../model/schema.ts';
import { rankCandidates } from '../search/searchRanking.ts';
import { searchStatement, toSearchCandidates } from '../search/searchEntities.ts';
import { sameNameSimilarity } from '../names/index.ts';

export interface DuplicateQuery {
  name: string;
  kind?: EntityKind;
  birthDate?: string;
  jurisdiction?: string;
}

/** What a new entity record offers for the comparison. */
export function duplicateQueryOf(entity: Record<string, unknown> & { name: string; kind: EntityKind }): DuplicateQuery {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    name: entity.name,
    kind: entity.kind,
    birthDate: text(entity.birthDate),
    jurisdiction: text(entity.jurisdiction),
  };
}

/** Names at least this alike (after normalisation) count as the same name spelt differently. */
const SIMILAR_NAME = 0.85;
const MAX_CANDIDATES = 5;
const SEARCHED = 20;

/** Kinds that could describe the same thing; an imported LegalEntity may be any kind of party. */
const compatibleKinds = (kind: EntityKind): EntityKind[] =>
  kind === 'LegalEntity' ? ENTITY_KIND_NAMES : [kind, 'LegalEntity'];

/** Partial dates agree when one is a prefix of the other ("1987" and "1987-12-16"). */
const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

const FACTS_OF = `
  MATCH (n:Entity) WHERE n.id IN $ids
  RETURN n.id AS id, coalesce(n.aliases, []) AS aliases, n.birthDate AS birthDate, n.jurisdiction AS jurisdiction`;

interface Facts {
  aliases: string[];
  birthDate: string | null;
  jurisdiction: string | null;
}

function judge(query: DuplicateQuery, hit: SearchHit, facts: Facts): DuplicateCandidate | null {
  let best = { similarity: sameNameSimilarity(query.name, hit.name), matchedName: hit.name };
  for (const alias of facts.aliases) {
    const similarity = sameNameSimilarity(query.name, alias);
    if (similarity > best.similarity) best = { similarity, matchedName: alias };
  }
  if (best.similarity < SIMILAR_NAME) return null;
  const reasons = [best.similarity === 1 ? 'same name' : 'similar name'];
  if (best.matchedName !== hit.name) reasons.push(`matches alias "${best.matchedName}"`);
  if (query.kind === hit.kind) reasons.push(`same kind (${hit.kind})`);
  if (query.birthDate && facts.birthDate) {
    if (!datesAgree(query.birthDate, facts.birthDate)) return null;
    reasons.push('same birth date');
  }
  if (query.jurisdiction && facts.jurisdiction) {
    if (query.jurisdiction !== facts.jurisdiction) return null;
    reasons.push('same jurisdiction');
  }
  const { id, name, kind, sanctioned } = hit;
  return {
    id,
    name,
    kind,
    sanctioned,
    matchedName: best.matchedName,
    similarity: Math.round(best.similarity * 100) / 100,
    reasons,
  };
}

/** Runs inside the caller's transaction, so a create can check and write against the same state. */
export async function findLikelyDuplicates(
  tx: ManagedTransaction,
  query: DuplicateQuery,
): Promise<DuplicateCandidate[]> {
  const statement = searchStatement({
    q: query.name,
    kinds: query.kind && compatibleKinds(query.kind),
    limit: SEARCHED,
  });
  if (!statement) return [];
  const hits = rankCandidates(
    query.name,
    toSearchCandidates((await tx.run(statement.cypher, statement.params)).records),
    SEARCHED,
  );
  const facts = new Map<string, Facts>();
  for (const r of (await tx.run(FACTS_OF, { ids: hits.map((h) => h.id) })).records)
    facts.set(r.get('id'), r.toObject() as Facts);
  return hits
    .map((hit) => judge(query, hit, facts.get(hit.id) ?? { aliases: [], birthDate: null, jurisdiction: null }))
    .filter((c): c is DuplicateCandidate => c !== null)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, MAX_CANDIDATES);
}
