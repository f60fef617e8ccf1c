// The listed entities in memory, indexed for screening as Watchman and yente-style matchers do it: each listed
// name's words under their spelling key (and runs of two or three words joined), every key under its one-letter
// deletions (SymSpell: a query key and a listed key one edit apart share a deletion), and under its consonants for
// queries written in Arabic or Hebrew script. Finding candidates is a few map look-ups; the scoring then runs on
// the names prepared here once.
import type { ExposureListing } from '../exposure/contract.ts';
import type { EntityKind } from '../model/schema.ts';
import {
  boundedEditDistance,
  consonantSkeleton,
  prepareName,
  remembered,
  spellingKey,
  WordRarity,
  type PreparedName,
} from '../names/index.ts';
import type { KnownFacts } from './matchFeatures.ts';

export interface ListedEntity {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  facts: KnownFacts;
  listings: { summary: ExposureListing; endDate: string | null }[];
}

export interface IndexedEntity extends ListedEntity {
  /** The name and then each alias, prepared for the scoring. */
  prepared: PreparedName[];
}

/** Typos the scoring accepts between two spelling keys (names/screeningScore.ts: wordSimilarity). */
const allowedEdits = (a: string, b: string) => {
  const shorter = Math.min(a.length, b.length);
  return shorter >= 8 ? 2 : shorter >= 3 ? 1 : 0;
};

function deletions(key: string): string[] {
  if (key.length < 3) return [];
  return Array.from({ length: key.length }, (_, i) => key.slice(0, i) + key.slice(i + 1));
}

/** The runs of two or three words written together, and all of them past three, as spelling keys. */
function runKeysOf(name: PreparedName): string[] {
  const runs = [...name.runKeys.map((r) => r.two), ...name.runKeys.map((r) => r.three)].filter((key) => key !== '');
  if (name.words.length > 3) runs.push(spellingKey(name.compact));
  return runs;
}

function addPosting<K>(map: Map<K, number[]>, key: K, name: number): void {
  const postings = map.get(key);
  if (!postings) map.set(key, [name]);
  else if (postings[postings.length - 1] !== name) postings.push(name);
}

/** A candidate: the entity and which of its names (0 the name, then the aliases) share words with the query. */
export interface Candidate {
  entity: IndexedEntity;
  names: number[];
}

/** Every name and alias of every listed entity, numbered: postings hold these numbers. */
interface NameRef {
  entity: number;
  /** 0 for the entity's name, i for its alias i - 1. */
  position: number;
  /** The weights of its words added up: how much there is to match. */
  weight: number;
}

/** An entity's names scored at most: those that rank best (an entity may have dozens of aliases). */
const NAMES_PER_CANDIDATE = 3;

export class ListedIndex {
  private readonly names: NameRef[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly keysByDeletion = new Map<string, string[]>();
  private readonly bySkeleton = new Map<string, number[]>();
  readonly weights: WordRarity;
  private readonly scratch: { shared: Float64Array; wordBest: Float64Array; entityRank: Float64Array };

  constructor(readonly entities: IndexedEntity[]) {
    this.weights = WordRarity.fromNames(entities.flatMap((e) => [e.name, ...e.aliases]));
    entities.forEach((entity, i) => entity.prepared.forEach((name, position) => this.add(name, i, position)));
    // Typos are looked for in single words only: joined runs are many more keys and meet their form exactly.
    const wordKeys = new Set(entities.flatMap((e) => e.prepared.flatMap((p) => p.keys)));
    for (const key of wordKeys)
      for (const deletion of deletions(key)) {
        const keys = this.keysByDeletion.get(deletion);
        if (keys) keys.push(key);
        else this.keysByDeletion.set(deletion, [key]);
      }
    this.scratch = {
      shared: new Float64Array(this.names.length),
      wordBest: new Float64Array(this.names.length),
      entityRank: new Float64Array(entities.length),
    };
  }

  static of(listed: ListedEntity[]): ListedIndex {
    return new ListedIndex(listed.map((e) => ({ ...e, prepared: [e.name, ...e.aliases].map(preparedOnce) })));
  }

  private add(name: PreparedName, entity: number, position: number): void {
    const n = this.names.length;
    this.names.push({ entity, position, weight: name.words.reduce((sum, w) => sum + this.weights.weightOf(w), 0) });
    for (const key of [...name.keys, ...runKeysOf(name)]) addPosting(this.byKey, key, n);
    for (const word of name.words) {
      const skeleton = consonantSkeleton(word);
      if (skeleton.length >= 2) addPosting(this.bySkeleton, skeleton, n);
    }
  }

  /** Listed keys the scoring would take for this one (the same, or within its typo allowance), with their similarity. */
  private similarKeys(key: string): Map<string, number> {
    const found = new Map<string, number>();
    if (this.byKey.has(key)) found.set(key, 1);
    const consider = (listed: string) => {
      if (found.has(listed)) return;
      const allowed = allowedEdits(key, listed);
      const edits = boundedEditDistance(key, listed, allowed);
      if (edits <= allowed) found.set(listed, 1 - 0.12 * edits);
    };
    for (const probe of [key, ...deletions(key)]) {
      for (const listed of this.keysByDeletion.get(probe) ?? []) consider(listed);
      if (this.byKey.has(probe)) consider(probe);
    }
    return found;
  }

  /** What a query looks up: each word of two letters or more (initials would meet too much), and joined runs. */
  private queryKeys(query: PreparedName): { key: string; word: string | null }[] {
    return [
      ...query.words.flatMap((word, i) => (word.length > 1 ? [{ key: query.keys[i], word }] : [])),
      ...runKeysOf(query).map((key) => ({ key, word: null })),
    ];
  }

  /**
   * The weight of the query's words each name meets (by the word's best similarity), in `shared` by name number;
   * returns the names met. Scratch arrays are reused: screening a name is synchronous, one at a time.
   */
  private meet(query: PreparedName): number[] {
    const { shared, wordBest } = this.scratch;
    const met: number[] = [];
    for (const { key, word } of this.queryKeys(query)) {
      const touched: number[] = [];
      const offer = (n: number, similarity: number) => {
        if (wordBest[n] === 0) touched.push(n);
        if (similarity > wordBest[n]) wordBest[n] = similarity;
      };
      for (const [listed, similarity] of this.similarKeys(key))
        for (const n of this.byKey.get(listed)!) offer(n, similarity);
      if (query.vowelless && word) for (const n of this.bySkeleton.get(consonantSkeleton(word)) ?? []) offer(n, 0.9);
      const weight = word ? this.weights.weightOf(word) : 1;
      for (const n of touched) {
        if (shared[n] === 0) met.push(n);
        shared[n] += weight * wordBest[n];
        wordBest[n] = 0;
      }
    }
    return met;
  }

  /**
   * The first `limit` entities that `keep` keeps, by rank, the first met first among equals. A common word meets
   * thousands of entities: only the best few times `limit` of them are sorted and judged, more if too few are kept.
   */
  private best(entities: number[], keep: (entity: IndexedEntity) => boolean, limit: number): number[] {
    const { entityRank } = this.scratch;
    const byRank = (a: number, b: number) => entityRank[b] - entityRank[a];
    const ranks = Float64Array.from(entities, (e) => entityRank[e]).sort();
    for (let taken = 2 * limit; ; taken *= 4) {
      // Those at or above a rank are the first of the whole order, ties included.
      const lowest = taken >= ranks.length ? -Infinity : ranks[ranks.length - taken];
      const kept: number[] = [];
      for (const e of entities.filter((e) => entityRank[e] >= lowest).sort(byRank)) {
        if (kept.length === limit) break;
        if (keep(this.entities[e])) kept.push(e);
      }
      if (kept.length === limit || lowest === -Infinity) return kept;
    }
  }

  /**
   * The entities whose names share most with the query, best first, at most `limit`, each with the names that
   * rank best. A name ranks by the weight it shares over the weight of both sides (a Dice coefficient of the
   * words), close to how the scoring will judge it.
   */
  candidates(query: PreparedName, keep: (entity: IndexedEntity) => boolean, limit: number): Candidate[] {
    const { shared, entityRank } = this.scratch;
    const queryWeight = query.words.reduce((sum, w) => sum + this.weights.weightOf(w), 0);
    const met = this.meet(query);
    const rankOf = (n: number) => (2 * shared[n]) / (this.names[n].weight + queryWeight);
    const entities: number[] = [];
    for (const n of met) {
      const e = this.names[n].entity;
      if (entityRank[e] === 0) entities.push(e);
      entityRank[e] = Math.max(entityRank[e], rankOf(n));
    }
    const chosen = new Map<number, { rank: number; position: number }[]>();
    for (const e of this.best(entities, keep, limit)) chosen.set(e, []);
    for (const n of met) chosen.get(this.names[n].entity)?.push({ rank: rankOf(n), position: this.names[n].position });
    for (const n of met) shared[n] = 0;
    for (const e of entities) entityRank[e] = 0;
    return [...chosen].map(([e, names]) => ({
      entity: this.entities[e],
      names: names
        .sort((a, b) => b.rank - a.rank)
        .slice(0, NAMES_PER_CANDIDATE)
        .map((n) => n.position),
    }));
  }
}

/** Listed names prepared once per process: a reload after a write meets nearly all of them again. */
const preparedOnce = remembered(prepareName);
