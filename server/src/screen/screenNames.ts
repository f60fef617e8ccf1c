// Screening: does a name match a listed entity? Candidates come from the full-text indexes (fuzzy words, and the
// consonants of a name written in Arabic or Hebrew script), restricted to entities with a listing in force; each is
// scored on its best-matching name or alias (names/screeningScore.ts), then by date of birth, nationality and
// identifiers where both sides have them (matchFeatures.ts).
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { ExposureListing } from '../exposure/contract.ts';
import { FULLTEXT_INDEX, SKELETON_FULLTEXT_INDEX } from '../db/constraints.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { kindOf } from '../db/mapping.ts';
import type { EntityKind } from '../model/schema.ts';
import {
  consonantSkeleton,
  prepareName,
  screeningNameScore,
  type PreparedName,
  type WordWeights,
} from '../names/index.ts';
import { listingMap, listingSummary, toListing } from '../listings/sanctionListings.ts';
import { nameQuery, queryWords } from '../search/searchEntities.ts';
import type { ScreeningMatch, ScreeningResult } from './contract.ts';
import { noFacts, scoreWithFeatures, type KnownFacts } from './matchFeatures.ts';
import { listedWordRarity } from './wordRarityCache.ts';

export interface ScreeningQuery extends Partial<KnownFacts> {
  name: string;
  /** Only entities of these kinds; null for any. */
  kinds: EntityKind[] | null;
}

export type { ScreeningMatch, ScreeningResult };

export const SCREENING_DISCLAIMER =
  'A name match is a lead to review, not a finding: confirm it with other identifiers before acting. Not legal advice.';

/** Candidates read from the indexes per screened name; the scoring then decides. */
const CANDIDATES = 100;

const candidatesCypher = (withSkeletons: boolean) => `
  CALL () {
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $candidates}) YIELD node, score
    RETURN node, score
    ${withSkeletons ? `UNION ALL CALL db.index.fulltext.queryNodes('${SKELETON_FULLTEXT_INDEX}', $skeletonQuery, {limit: $candidates}) YIELD node, score RETURN node, score` : ''}
  }
  WITH node, max(score) AS score
  WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
  MATCH (node)-[s:SANCTIONED_BY]->(a:Entity)
  WHERE s.endDate IS NULL OR s.endDate >= $today
  RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, labels(node) AS labels,
         [d IN [node.birthDate] + coalesce(node.otherBirthDates, []) WHERE d IS NOT NULL] AS birthDates,
         coalesce(node.nationality, []) AS nationalities, coalesce(node.identifiers, []) AS identifiers,
         collect(${listingMap('s', 'a')}) AS lists`;

interface Candidate {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  facts: KnownFacts;
  lists: ExposureListing[];
}

function readCandidates(records: Neo4jRecord[]): Candidate[] {
  return records.map((r) => ({
    id: r.get('id'),
    name: r.get('name'),
    aliases: r.get('aliases'),
    kind: kindOf(r.get('labels')),
    facts: {
      birthDates: r.get('birthDates'),
      nationalities: r.get('nationalities'),
      identifiers: r.get('identifiers'),
    },
    lists: (r.get('lists') as Record<string, unknown>[]).map((l) => listingSummary(toListing(l))),
  }));
}

/** The listed names, prepared once each: a batch meets the same candidates again and again. */
const preparedNames = new Map<string, PreparedName>();
function prepared(text: string): PreparedName {
  let p = preparedNames.get(text);
  if (!p) {
    if (preparedNames.size > 200_000) preparedNames.clear();
    preparedNames.set(text, (p = prepareName(text)));
  }
  return p;
}

function scoreCandidate(query: ScreeningQuery, name: PreparedName, c: Candidate, weights: WordWeights): ScreeningMatch {
  const best = [c.name, ...c.aliases]
    .map((candidate, i) => ({
      candidate,
      isAlias: i > 0,
      score: screeningNameScore(name, prepared(candidate), weights),
    }))
    .reduce((a, b) => (b.score > a.score ? b : a));
  const facts = { ...noFacts(), ...query };
  const { score, features } = scoreWithFeatures(best.score, facts, c.facts);
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    score,
    matchedName: best.candidate,
    matchedIsAlias: best.isAlias,
    features,
    lists: c.lists,
  };
}

/** The Lucene queries for a name: its words (exact, prefix, fuzzy), and their consonants for vowelless scripts. */
function indexQueries(name: PreparedName) {
  const words = queryWords(name.words.join(' '));
  const skeletons = [...new Set(words.map(consonantSkeleton).filter((s) => s.length >= 2))];
  return {
    query: words.length ? nameQuery(words) : '',
    skeletonQuery: name.vowelless && skeletons.length ? skeletons.map((s) => `"${s}"`).join(' ') : null,
  };
}

export interface ScreeningOptions {
  limit: number;
  minScore: number;
  /** ISO date: listings that ended before it do not count (default today). */
  asOf?: string;
}

export async function screenName(
  db: GraphDb,
  query: ScreeningQuery,
  { limit, minScore, asOf }: ScreeningOptions,
): Promise<ScreeningResult> {
  const name = prepareName(query.name);
  const { query: lucene, skeletonQuery } = indexQueries(name);
  const base = { name: query.name, kind: query.kinds?.length === 1 ? query.kinds[0] : null, minScore };
  if (!lucene) return { ...base, matches: [], disclaimer: SCREENING_DISCLAIMER };
  const [result, weights] = await Promise.all([
    db.read(candidatesCypher(skeletonQuery !== null), {
      query: lucene,
      skeletonQuery,
      kinds: query.kinds,
      candidates: neo4j.int(CANDIDATES),
      today: asOf ?? new Date().toISOString().slice(0, 10),
    }),
    listedWordRarity(db),
  ]);
  const matches = readCandidates(result.records)
    .map((c) => scoreCandidate(query, name, c, weights))
    .filter((m) => m.score >= minScore)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
  return { ...base, matches, disclaimer: SCREENING_DISCLAIMER };
}
