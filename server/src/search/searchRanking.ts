// Re-ranks full-text candidates the way an analyst expects: exact name > exact alias > partial > fuzzy,
// and says which alias matched. Lucene finds the candidates; this decides their order.
import type { GraphNode } from '../model/shapes.ts';
import type { SearchHit } from './contract.ts';
import { searchWords } from '../db/mapping.ts';

export interface SearchCandidate {
  node: GraphNode;
  aliases: string[];
  luceneScore: number;
}

/**
 * Typos tolerated per word: none for one- or two-letter words, one from three letters. Two edits would catch more
 * typos but make Lucene's fuzzy query several times slower on a large index (measured with bench:api).
 */
export const allowedEdits = (word: string) => (word.length < 3 ? 0 : 1);

/** Edit distance counting a swap of neighbours as one edit (as Lucene's fuzzy query does); max + 1 once beyond max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

function wordMatch(queryWord: string, words: string[]): number {
  let best = 0;
  for (const word of words) {
    if (word === queryWord) return 1;
    if (queryWord.length >= 2 && word.startsWith(queryWord)) best = Math.max(best, 0.85);
    const edits = boundedEditDistance(queryWord, word, allowedEdits(queryWord));
    if (edits <= allowedEdits(queryWord)) best = Math.max(best, 0.7);
  }
  return best;
}

/** How well the query words match one name, from 0 (not at all) to 1 (the same words in the same order). */
export function nameMatch(queryWords: string[], text: string): number {
  const words = searchWords(text);
  if (words.length === 0 || queryWords.length === 0) return 0;
  if (words.join(' ') === queryWords.join(' ')) return 1;
  if ([...words].sort().join(' ') === [...queryWords].sort().join(' ')) return 0.95;
  const compactQuery = queryWords.join('');
  const compactName = words.join('');
  if (compactName === compactQuery) return 0.9;
  const perWord = queryWords.map((q) => wordMatch(q, words));
  const covered = words.filter((w) => queryWords.some((q) => w === q || w.startsWith(q))).length / words.length;
  const wordScore = perWord.every((s) => s > 0)
    ? 0.75 * (perWord.reduce((a, b) => a + b, 0) / perWord.length) + 0.1 * covered
    : 0;
  // Some query words found: below any name in which all of them are found.
  const partialScore = (0.4 * perWord.filter((s) => s > 0).length) / perWord.length;
  const compactScore = compactQuery.length >= 3 && compactName.startsWith(compactQuery) ? 0.72 : 0;
  return Math.max(wordScore, partialScore, compactScore);
}

/** An alias must match clearly better than the name to be reported, and an equal alias match ranks just below the name. */
const ALIAS_WEIGHT = 0.97;

function scoreCandidate(queryWords: string[], candidate: SearchCandidate): SearchHit {
  const byName = nameMatch(queryWords, candidate.node.name);
  let bestAlias: string | null = null;
  let byAlias = 0;
  for (const alias of candidate.aliases) {
    const score = nameMatch(queryWords, alias) * ALIAS_WEIGHT;
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
    score: match + tieBreak,
  };
}

export function rankCandidates(query: string, candidates: SearchCandidate[], limit: number): SearchHit[] {
  const queryWords = searchWords(query);
  return candidates
    .map((candidate) => scoreCandidate(queryWords, candidate))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
}
