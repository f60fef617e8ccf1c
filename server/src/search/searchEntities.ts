// Full-text search over names and aliases: Lucene finds candidates in two indexes, searchRanking orders them.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { FilteredEntities, SearchResult } from './contract.ts';
import { COMPACT_FULLTEXT_INDEX, FULLTEXT_INDEX } from '../db/constraints.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { graphNodeFields, toGraphNode } from '../db/mapping.ts';
import { allowedEdits, nameWords } from '../names/index.ts';
import type { EntityKind } from '../model/schema.ts';
import { decodeCursor, encodeCursor } from '../expand/neighborCursor.ts';
import { entityConditions, type EntityFilters } from './propertyFilters.ts';
import { describeHit, hitFactsMap, type HitFacts } from './hitDetail.ts';
import { rankCandidates, type SearchCandidate } from './searchRanking.ts';

export interface SearchParams {
  q: string;
  kinds?: EntityKind[];
  limit: number;
  /** Property filters; with them the candidates are filtered in Cypher before ranking. */
  filters?: EntityFilters;
}

/** At most this many words of a query are searched for; the rest cannot change who comes first. */
const MAX_QUERY_WORDS = 8;

/**
 * The Lucene query for the name/alias index. Built only from nameWords (letters and digits, lower case), so
 * nothing the user types can reach Lucene as syntax: `chen AND (`, `*`, `~`, `"` and `\` are plain separators.
 */
export function nameQuery(words: string[]): string {
  return words
    .map((w) => {
      const terms = [`${w}^3`];
      if (w.length >= 2) terms.push(`${w}*^1.5`);
      if (allowedEdits(w) > 0) terms.push(`${w}~${allowedEdits(w)}`);
      return `(${terms.join(' OR ')})`;
    })
    .join(' ');
}

/** The query for the compact index: all words run together, as a prefix ("jin bei" and "jinbei" both give jinbei*). */
export const compactQuery = (words: string[]): string | null =>
  words.join('').length >= 3 ? `${words.join('')}*` : null;

const namesCall = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $nameQuery, {limit: $candidates}) YIELD node, score RETURN node, score`;
const compactCall = `CALL db.index.fulltext.queryNodes('${COMPACT_FULLTEXT_INDEX}', $compactQuery, {limit: $candidates}) YIELD node, score RETURN node, score`;

export function searchCypher(withCompact: boolean, filterConditions: string[] = []): string {
  return `
    CALL () { ${namesCall}${withCompact ? ` UNION ALL ${compactCall}` : ''} }
    WITH node, max(score) AS score
    WITH node AS n, score
    WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))${filterConditions.map((c) => ` AND ${c}`).join('')}
    WITH n AS node, score ORDER BY score DESC LIMIT $candidates
    RETURN ${graphNodeFields('node')} AS node, node.aliases AS aliases, score, ${hitFactsMap('node')} AS facts`;
}

/** The Cypher and parameters of a search, or null when the query holds no letter or digit to search for. */
/** The words of user text that reach Lucene: letters and digits only, bounded in number and length (fuzzy terms are costly). */
export const queryWords = (text: string) =>
  nameWords(text)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => w.slice(0, 50));

export function searchStatement({ q, kinds, limit, filters = {} }: SearchParams) {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const compact = compactQuery(words);
  const conditions = entityConditions(filters);
  // Re-ranking needs more candidates than it returns; a filter applied after Lucene needs more still.
  const candidates = kinds || conditions.where.length ? 200 : Math.max(4 * limit, 40);
  return {
    cypher: searchCypher(compact !== null, conditions.where),
    params: {
      nameQuery: nameQuery(words),
      compactQuery: compact,
      kinds: kinds ?? null,
      candidates: neo4j.int(candidates),
      ...conditions.params,
    },
  };
}

export async function searchEntities(db: GraphDb, params: SearchParams): Promise<SearchResult> {
  const statement = searchStatement(params);
  if (!statement) return { query: params.q, hits: [], nextCursor: null };
  const result = await db.read(statement.cypher, statement.params);
  const hits = rankCandidates(params.q, toSearchCandidates(result.records), params.limit);
  return { query: params.q, hits, nextCursor: null };
}

export interface BrowseParams {
  kinds?: EntityKind[];
  filters: EntityFilters;
  limit: number;
  cursor?: string;
}

/** Without a query: every entity the filters keep, by name, one page at a time (the cursor holds name and id). */
export async function browseEntities(
  db: GraphDb,
  { kinds, filters, limit, cursor }: BrowseParams,
): Promise<FilteredEntities> {
  const after = cursor ? decodeCursor(cursor) : null;
  const conditions = entityConditions(filters);
  const cypher = `
    MATCH (n:Entity)
    WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
      AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
      ${conditions.where.map((c) => `AND ${c}`).join('\n      ')}
    WITH n ORDER BY n.name, n.id LIMIT $pageSize
    RETURN ${graphNodeFields('n')} AS node`;
  const result = await db.read(cypher, {
    kinds: kinds ?? null,
    afterName: after?.type ?? null,
    afterId: after?.key ?? null,
    pageSize: neo4j.int(limit + 1),
    ...conditions.params,
  });
  const nodes = result.records.map((r) => toGraphNode(r.get('node')));
  const page = nodes.slice(0, limit);
  const last = page[page.length - 1];
  return {
    query: null,
    hits: page.map((node) => ({ ...node, matchedAlias: null, score: null })),
    nextCursor: nodes.length > limit ? encodeCursor({ type: last.name, key: last.id }) : null,
  };
}

/** The candidates in the records of a searchStatement's Cypher, for rankCandidates. */
export const toSearchCandidates = (records: Neo4jRecord[]): SearchCandidate[] =>
  records.map((r) => ({
    node: toGraphNode(r.get('node')),
    aliases: (r.get('aliases') as string[] | null) ?? [],
    luceneScore: Number(r.get('score')),
    detail: describeHit(r.get('facts') as HitFacts),
  }));
