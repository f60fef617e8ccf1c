// Re-ranks full-text candidates the way an analyst expects: exact name > exact alias > partial > fuzzy,
// and says which alias matched. Lucene finds the candidates; this decides their order.
import type { GraphNode } from '../model/shapes.ts';
import { nameWords, searchMatch } from '../names/index.ts';
import type { SearchHit } from './contract.ts';

export interface SearchCandidate {
  node: GraphNode;
  aliases: string[];
  luceneScore: number;
  /** What tells it apart from similar names (hitDetail.ts). */
  detail: string | null;
}

/** An alias must match clearly better than the name to be reported, and an equal alias match ranks just below the name. */
const ALIAS_WEIGHT = 0.97;

function scoreCandidate(queryWords: string[], candidate: SearchCandidate): SearchHit {
  const byName = searchMatch(queryWords, candidate.node.name);
  let bestAlias: string | null = null;
  let byAlias = 0;
  for (const alias of candidate.aliases) {
    const score = searchMatch(queryWords, alias) * ALIAS_WEIGHT;
    if (score > byAlias) [bestAlias, byAlias] = [alias, score];
  }
  const match = Math.max(byName, byAlias);
  // Ties between equally good matches go to listed and well-connected entities, then to Lucene's own score.
  const tieBreak =
    (candidate.node.sanctioned ? 0.004 : 0) +
    Math.min(Math.log10(1 + candidate.node.degree), 5) * 0.0005 +
    Math.min(candidate.luceneScore, 10) * 0.0001;
  const { id, name, kind, sanctioned, degree } = candidate.node;
  return {
    id,
    name,
    kind,
    sanctioned,
    degree,
    matchedAlias: byAlias > byName ? bestAlias : null,
    detail: candidate.detail,
    score: match + tieBreak,
  };
}

export function rankCandidates(query: string, candidates: SearchCandidate[], limit: number): SearchHit[] {
  const queryWords = nameWords(query);
  return candidates
    .map((candidate) => scoreCandidate(queryWords, candidate))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
}
