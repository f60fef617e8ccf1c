// What bench:api times: each endpoint with realistic inputs, as an API call and as the same raw Cypher.
import type { GraphDb } from '../src/db/graphDb.ts';
import { ENTITY_DETAIL_CYPHER } from '../src/entities/entityDetail.ts';
import { expandNeighbors, neighborsStatement, type NeighborParams } from '../src/expand/expandNeighbors.ts';
import { shortestPathRecords, type PathParams } from '../src/paths/findShortestPaths.ts';
import { searchStatement, type SearchParams } from '../src/search/searchEntities.ts';
import { subgraphStatement } from '../src/subgraph/revealSubgraph.ts';
import type { RelationshipType } from '../src/model/schema.ts';
import { companyId, personId, seededRandom, type GraphPlan } from './syntheticGraph.ts';

const OWNERSHIP_TYPES: RelationshipType[] = ['OWNS', 'CONTROLS', 'DIRECTOR_OF'];
/** The explorer's default threshold when "avoid hubs" is ticked. */
const AVOID_HUBS_ABOVE = 500;

/** One API call, as a load generator sends it: the path is below /api. */
export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Scenario {
  name: string;
  raw(i: number): Promise<unknown>;
  request(i: number): ApiRequest;
  api(i: number): Promise<unknown>;
}

async function send(baseUrl: string, { method, path, body }: ApiRequest): Promise<unknown> {
  const init = body ? { method, body, headers: { 'content-type': 'application/json' } } : { method };
  const response = await fetch(`${baseUrl}${path}`, init);
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

const get = (path: string): ApiRequest => ({ method: 'GET', path });

const query = (params: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  );

/** What an analyst types: an exact name, the words reversed in lower case, or a typo in the longest word. */
function queryVariants(name: string, variant: number): string {
  const words = name.split(' ');
  if (variant === 1) return words.slice(0, 2).reverse().join(' ').toLowerCase();
  if (variant === 2) {
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const typo = longest.length > 3 ? longest.slice(0, 1) + longest[2] + longest[1] + longest.slice(3) : longest;
    return words.map((w) => (w === longest ? typo : w)).join(' ');
  }
  return name;
}

const partyDraw = (plan: GraphPlan, random: () => number) => () =>
  random() < 0.5 ? personId(Math.floor(random() * plan.people)) : companyId(Math.floor(random() * plan.companies));

const drawPairs = (rounds: number, anyParty: () => string): PathParams[] =>
  Array.from({ length: rounds }, () => ({
    from: anyParty(),
    to: anyParty(),
    direction: 'both',
    maxHops: 6,
    limit: 10,
  }));

/** The pairs the path scenarios use, drawn in the same order, without the other scenarios' set-up queries. */
export function benchPathPairs(plan: GraphPlan, requests: number): PathParams[] {
  const anyParty = partyDraw(plan, seededRandom(3));
  Array.from({ length: requests + 20 }, anyParty);
  return drawPairs(requests + 20, anyParty);
}

export async function benchScenarios(
  db: GraphDb,
  baseUrl: string,
  plan: GraphPlan,
  requests: number,
): Promise<{ scenarios: Scenario[]; pathPairs: PathParams[] }> {
  const random = seededRandom(3);
  const rounds = requests + 20;
  const anyParty = partyDraw(plan, random);
  const ids = Array.from({ length: rounds }, anyParty);
  const names = (await db.read('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.name AS name', { ids })).records.map((r) =>
    String(r.get('name')),
  );
  const searches: SearchParams[] = Array.from({ length: rounds }, (_, i) => ({
    q: queryVariants(names[i % names.length], i % 3),
    limit: 10,
  }));
  const neighbors: NeighborParams[] = ids.map((id) => ({ id, direction: 'both', limit: 50 }));
  const hubPages: NeighborParams[] = [];
  for (let hub = 0; hub < plan.hubs; hub++) {
    let page: NeighborParams = { id: companyId(hub), direction: 'both', limit: 50 };
    for (let k = 0; k < 10; k++) {
      hubPages.push(page);
      page = { ...page, cursor: (await expandNeighbors(db, page)).nextCursor ?? undefined };
    }
  }
  const pairs = drawPairs(rounds, anyParty);
  // The analyst's usual question, who owns or runs whom: companies a few ownership hops apart.
  const ownership: PathParams[] = Array.from({ length: rounds }, () => {
    const from = Math.floor(random() * (plan.companies - 200));
    return {
      from: companyId(from),
      to: companyId(from + 1 + Math.floor(random() * 200)),
      types: OWNERSHIP_TYPES,
      direction: 'both',
      maxHops: 6,
      limit: 10,
    };
  });
  const screens = Array.from({ length: rounds }, () => {
    const start = Math.floor(random() * (plan.companies - 50));
    return Array.from({ length: 50 }, (_, k) => companyId(start + k));
  });
  const run = (statement: { cypher: string; params: Record<string, unknown> }) =>
    db.read(statement.cypher, statement.params);
  const hub = (i: number) => hubPages[i % hubPages.length];
  const scenarios: Omit<Scenario, 'api'>[] = [
    {
      name: 'search',
      raw: (i) => run(searchStatement(searches[i])!),
      request: (i) => get(`/search?${query({ ...searches[i] })}`),
    },
    {
      name: 'entity',
      raw: (i) => run({ cypher: ENTITY_DETAIL_CYPHER, params: { id: ids[i] } }),
      request: (i) => get(`/entities/${ids[i]}`),
    },
    {
      name: 'neighbors (random entity)',
      raw: (i) => run(neighborsStatement(neighbors[i])),
      request: (i) => get(`/entities/${neighbors[i].id}/neighbors?limit=50`),
    },
    {
      name: `neighbors (hub, ${plan.hubHoldings}+, paged)`,
      raw: (i) => run(neighborsStatement(hub(i))),
      request: (i) => get(`/entities/${hub(i).id}/neighbors?${query({ limit: 50, cursor: hub(i).cursor })}`),
    },
    {
      name: 'paths (all types, maxHops 6)',
      raw: (i) => shortestPathRecords(db, pairs[i]),
      request: (i) => get(`/paths?${query({ from: pairs[i].from, to: pairs[i].to })}`),
    },
    {
      // What the explorer's "avoid hubs" asks by default: the same pairs, not through a country or an authority.
      name: `paths (all types, avoid hubs >${AVOID_HUBS_ABOVE})`,
      raw: (i) => shortestPathRecords(db, { ...pairs[i], avoidHubsAbove: AVOID_HUBS_ABOVE }),
      request: (i) =>
        get(`/paths?${query({ from: pairs[i].from, to: pairs[i].to, avoidHubsAbove: AVOID_HUBS_ABOVE })}`),
    },
    {
      name: 'paths (OWNS/CONTROLS/DIRECTOR_OF)',
      raw: (i) => shortestPathRecords(db, ownership[i]),
      request: (i) => get(`/paths?${query({ from: ownership[i].from, to: ownership[i].to, types: OWNERSHIP_TYPES })}`),
    },
    {
      name: 'subgraph (50 ids)',
      raw: (i) => run(subgraphStatement({ ids: screens[i] })),
      request: (i) => ({ method: 'POST', path: '/subgraph', body: JSON.stringify({ ids: screens[i] }) }),
    },
  ];
  return {
    scenarios: scenarios.map((scenario) => ({ ...scenario, api: (i) => send(baseUrl, scenario.request(i)) })),
    pathPairs: pairs,
  };
}
