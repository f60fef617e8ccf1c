// Screening: does a name match a listed entity? Candidates come from the in-memory index of the listed entities
// (listedIndex.ts: their words, spelling variants, one-edit typos, joined forms and, for a name written in Arabic or
// Hebrew script, consonants), kept to those of the kinds asked for with a listing in force; each is scored on its
// best-matching name or alias (names/screeningScore.ts), then by date of birth, nationality and identifiers where
// both sides have them (matchFeatures.ts).
import type { GraphDb } from '../db/graphDb.ts';
import type { EntityKind } from '../model/schema.ts';
import { prepareName, screeningNameScore, type PreparedName, type WordWeights } from '../names/index.ts';
import type { ScreeningMatch, ScreeningResult } from './contract.ts';
import type { Candidate, IndexedEntity, ListedIndex } from './listedIndex.ts';
import { withListedIndex } from './listedNames.ts';
import { noFacts, scoreWithFeatures, type KnownFacts } from './matchFeatures.ts';

export interface ScreeningQuery extends Partial<KnownFacts> {
  name: string;
  /** Only entities of these kinds; null for any. */
  kinds: EntityKind[] | null;
  /** Only entities listed (in force) by this authority, e.g. a yente dataset; absent for any. */
  authorityId?: string;
}

export type { ScreeningMatch, ScreeningResult };

export const SCREENING_DISCLAIMER =
  'A name match is a lead to review, not a finding: confirm it with other identifiers before acting. Not legal advice.';

/** Candidates scored per screened name, those sharing most with it; the scoring then decides. */
const CANDIDATES = 50;

function scoreCandidate(
  facts: KnownFacts,
  name: PreparedName,
  { entity: c, names }: Candidate,
  asOf: string,
  weights: WordWeights,
): ScreeningMatch {
  const best = names
    .map((i) => ({ i, score: screeningNameScore(name, c.prepared[i], weights) }))
    .reduce((a, b) => (b.score > a.score || (b.score === a.score && b.i < a.i) ? b : a));
  const { score, features } = scoreWithFeatures(best.score, facts, c.facts);
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    score,
    matchedName: best.i === 0 ? c.name : c.aliases[best.i - 1],
    matchedIsAlias: best.i > 0,
    features,
    lists: c.listings.filter((l) => inForce(l.endDate, asOf)).map((l) => l.summary),
  };
}

const inForce = (endDate: string | null, asOf: string) => endDate === null || endDate >= asOf;

export interface ScreeningOptions {
  limit: number;
  minScore: number;
  /** ISO date: listings that ended before it do not count (default today). */
  asOf?: string;
}

/** Screens one name against the listed entities of `index` (see listedNames.ts for a fresh one). */
export function screenNameIn(
  index: ListedIndex,
  query: ScreeningQuery,
  { limit, minScore, asOf = new Date().toISOString().slice(0, 10) }: ScreeningOptions,
): ScreeningResult {
  const name = prepareName(query.name);
  const base = { name: query.name, kind: query.kinds?.length === 1 ? query.kinds[0] : null, minScore };
  const counts = (l: IndexedEntity['listings'][number]) =>
    inForce(l.endDate, asOf) && (query.authorityId === undefined || l.summary.authorityId === query.authorityId);
  const facts = { ...noFacts(), ...query };
  const wanted = (c: IndexedEntity) =>
    (query.kinds === null || query.kinds.includes(c.kind)) && c.listings.some(counts);
  const matches = index
    .candidates(name, wanted, CANDIDATES)
    .map((c) => scoreCandidate(facts, name, c, asOf, index.weights))
    .filter((m) => m.score >= minScore)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
  return { ...base, matches, disclaimer: SCREENING_DISCLAIMER };
}

/** Screens one name against the listed entities as the graph holds them now. */
export async function screenName(
  db: GraphDb,
  query: ScreeningQuery,
  options: ScreeningOptions,
): Promise<ScreeningResult> {
  return withListedIndex(db, (index) => screenNameIn(index, query, options));
}
