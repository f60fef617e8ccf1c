// Screening: does a name match a listed entity? Candidates come from the full-text index (fuzzy), restricted to
// sanctioned entities; each is scored on its best-matching name or alias.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';
import { FULLTEXT_INDEX } from '../db/constraints.ts';
import { kindOf } from '../db/mapping.ts';
import type { EntityKind } from '../model/schema.ts';
import { listingMap, listingSummary, toListing } from '../listings/sanctionListings.ts';
import type { ScreeningResult } from './contract.ts';
import { nameQuery, queryWords } from '../search/searchEntities.ts';
import { nameSimilarity } from './nameSimilarity.ts';

const SANCTIONED_CANDIDATES = `
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
  WHERE ($kind IS NULL OR $kind IN labels(node))
  MATCH (node)-[s:SANCTIONED_BY]->(a:Entity)
  RETURN node.id AS id, node.name AS name, node.aliases AS aliases, labels(node) AS labels, max(score) AS score,
         collect(${listingMap('s', 'a')}) AS lists
  ORDER BY score DESC`;

export const SCREENING_DISCLAIMER =
  'A name match is a lead to review, not a finding: confirm it with other identifiers before acting. Not legal advice.';

function bestName(query: string, name: string, aliases: string[]) {
  return [name, ...aliases]
    .map((candidate, i) => ({ candidate, isAlias: i > 0, score: nameSimilarity(query, candidate) }))
    .sort((a, b) => b.score - a.score)[0];
}

export async function screenName(
  db: GraphDb,
  name: string,
  kind: EntityKind | null,
  limit: number,
  minScore: number,
): Promise<ScreeningResult> {
  // The search capability's Lucene query: words only (no user syntax reaches Lucene), exact, prefix and fuzzy.
  const words = queryWords(name);
  const query = words.length ? nameQuery(words) : '';
  const base = { name, kind, minScore, disclaimer: SCREENING_DISCLAIMER };
  if (!query) return { ...base, matches: [] };
  const result = await db.read(SANCTIONED_CANDIDATES, {
    index: FULLTEXT_INDEX,
    query,
    kind,
    candidates: neo4j.int(200),
  });
  const matches = result.records
    .map((r) => {
      const best = bestName(name, r.get('name'), r.get('aliases') ?? []);
      const lists = (r.get('lists') as Record<string, unknown>[]).map((l) => listingSummary(toListing(l)));
      return {
        id: r.get('id'),
        name: r.get('name'),
        kind: kindOf(r.get('labels')),
        score: best.score,
        matchedName: best.candidate,
        matchedIsAlias: best.isAlias,
        lists,
      };
    })
    .filter((m) => m.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return { ...base, matches };
}
