// "Show only" filters: which entities and links the canvas keeps drawn, by their properties. Pure functions over
// the graph state and the server's answers. Each value is kept as the text the search API takes for it
// (jurisdiction=KH, kinds=Company, minPercentage=50), so the same text is in the graph state, the URL, a saved
// investigation and the request asking the server, and it is checked with the server's own schemas.
import type { GraphEdge } from '@api/types.ts';
import { entityKind } from '@model/schema.ts';
import type { z } from 'zod';
import { commaList } from '../../../server/src/http/validation.ts';
import { entityFilterFields, relationshipFilterFields } from '../../../server/src/search/propertyFilters.ts';
import type { GraphState } from '../canvas/graphState.ts';

const FIELDS = {
  kinds: commaList(entityKind, 20),
  jurisdiction: entityFilterFields.jurisdiction,
  nationality: entityFilterFields.nationality,
  program: entityFilterFields.program,
  list: entityFilterFields.list,
  listedFrom: entityFilterFields.listedFrom,
  listedTo: entityFilterFields.listedTo,
  confidence: entityFilterFields.confidence,
  publisher: entityFilterFields.publisher,
  minPercentage: relationshipFilterFields.minPercentage,
  maxPercentage: relationshipFilterFields.maxPercentage,
} satisfies Record<string, z.ZodType>;

export type ShowOnlyKey = keyof typeof FIELDS;
export const SHOW_ONLY_KEYS = Object.keys(FIELDS) as ShowOnlyKey[];
/** The filters set, by the search API's parameter names; an absent key filters nothing. */
export type ShowOnly = Partial<Record<ShowOnlyKey, string>>;

/**
 * What the server decides about an entity. A canvas node (GraphNode) carries only id, name, kind, sanctioned and
 * degree: an entity's jurisdiction and nationality (a field or a REGISTERED_IN / NATIONAL_OF link to a country
 * perhaps not on the canvas), its listings (program, authority, date), its confidence and its sources are not
 * there. Rather than widen every node of every answer (expansion pages, paths, subgraphs) for filters few views
 * use, the canvas asks GET /api/search with these filters and `ids`, so it and the search agree on what
 * "registered in KH" means, and an unknown jurisdiction never matches.
 */
const SERVER_KEYS = [
  'jurisdiction',
  'nationality',
  'program',
  'list',
  'listedFrom',
  'listedTo',
  'confidence',
  'publisher',
] as const satisfies ShowOnlyKey[];

export interface ShowOnlyProblem {
  key: ShowOnlyKey;
  message: string;
}

/** Keeps the known filters whose values the server would accept (trimmed, blanks dropped) and says what was not. */
export function cleanShowOnly(input: Record<string, unknown> | null | undefined): {
  showOnly: ShowOnly;
  problems: ShowOnlyProblem[];
} {
  const showOnly: ShowOnly = {};
  const problems: ShowOnlyProblem[] = [];
  for (const key of SHOW_ONLY_KEYS) {
    const value = input?.[key];
    if (typeof value !== 'string' || !value.trim()) continue;
    const checked = FIELDS[key].safeParse(value.trim());
    if (checked.success) showOnly[key] = value.trim();
    else problems.push({ key, message: checked.error.issues[0]?.message ?? 'is not valid' });
  }
  return { showOnly, problems };
}

export const isFiltering = (showOnly: ShowOnly) => Object.keys(showOnly).length > 0;

/** The filters the server answers for entities, or null when none is set (nothing to ask). */
export function entityCriteria(showOnly: ShowOnly): Record<string, string> | null {
  const criteria = Object.fromEntries(SERVER_KEYS.flatMap((k) => (showOnly[k] ? [[k, showOnly[k]]] : [])));
  return Object.keys(criteria).length ? criteria : null;
}

export const criteriaKey = (criteria: Record<string, string>) => JSON.stringify(Object.entries(criteria).sort());

/** The server's answers for one set of entity criteria: the node ids it was asked about and those it kept. */
export interface EntityMatches {
  key: string;
  asked: Set<string>;
  kept: Set<string>;
}

type Verdict = 'kept' | 'out' | 'unknown';

const list = (value: string | undefined) => value?.split(',').map((s) => s.trim()) ?? null;

/** A link's own properties against the filters: ownership percentage, confidence, a source's publisher. */
export function linkVerdict(edge: GraphEdge, showOnly: ShowOnly): Verdict {
  const { minPercentage, maxPercentage, confidence, publisher } = showOnly;
  if (edge.type === 'OWNS' && (minPercentage || maxPercentage)) {
    if (edge.percentage === undefined) return 'unknown';
    if (edge.percentage < Number(minPercentage ?? 0) || edge.percentage > Number(maxPercentage ?? 100)) return 'out';
  }
  if (confidence) {
    if (!edge.confidence) return 'unknown';
    if (!list(confidence)!.includes(edge.confidence)) return 'out';
  }
  if (publisher && !edge.sources.some((s) => s.publisher === publisher)) return 'out';
  return 'kept';
}

/** What the filters hide, and the figures the panel shows. */
export interface ShowOnlyMarks {
  /** Ids of nodes, links and "+N more" markers not drawn. */
  hidden: Set<string>;
  nodes: number;
  nodesShown: number;
  /** Nodes the server has not answered for yet: drawn until it has. */
  pending: number;
  /** Links hidden only because the value a filter asks about is unknown (an ownership with no known percentage). */
  unknownLinks: number;
}

/** The matches, when they answer the filters now set (an answer for earlier filters says nothing). */
function currentMatches(showOnly: ShowOnly, matches: EntityMatches | null): EntityMatches | null {
  const criteria = entityCriteria(showOnly);
  return criteria && matches?.key === criteriaKey(criteria) ? matches : null;
}

function hiddenNodes(state: GraphState, matches: EntityMatches | null, keep: Set<string>): Set<string> {
  const kinds = list(state.showOnly.kinds);
  const hidden = new Set<string>();
  for (const node of Object.values(state.nodes)) {
    if (keep.has(node.id)) continue;
    const kindOut = kinds !== null && !kinds.includes(node.kind);
    const serverOut = matches !== null && matches.asked.has(node.id) && !matches.kept.has(node.id);
    if (kindOut || serverOut) hidden.add(node.id);
  }
  return hidden;
}

/** Nodes and links not matching are hidden; a highlighted path stays drawn, as it does through group filters. */
export function showOnlyMarks(state: GraphState, answers: EntityMatches | null): ShowOnlyMarks {
  const keep = new Set(state.highlighted);
  const matches = currentMatches(state.showOnly, answers);
  const hidden = hiddenNodes(state, matches, keep);
  const ids = Object.keys(state.nodes);
  const pending = entityCriteria(state.showOnly) ? ids.filter((id) => !matches?.asked.has(id)).length : 0;
  const nodesShown = ids.length - hidden.size;
  let unknownLinks = 0;
  for (const edge of Object.values(state.edges)) {
    if (keep.has(edge.id)) continue;
    const verdict = linkVerdict(edge, state.showOnly);
    const endHidden = hidden.has(edge.source) || hidden.has(edge.target);
    if (endHidden || verdict !== 'kept') hidden.add(edge.id);
    if (!endHidden && verdict === 'unknown') unknownLinks++;
  }
  for (const marker of Object.values(state.more)) if (hidden.has(marker.parentId)) hidden.add(marker.id);
  return { hidden, nodes: ids.length, nodesShown, pending, unknownLinks };
}

/** Values the canvas offers for the listing and source filters: programs, authorities and publishers on its links. */
export function filterChoices(state: GraphState) {
  const programs = new Set<string>();
  const authorities = new Map<string, string>();
  const publishers = new Set<string>();
  for (const edge of Object.values(state.edges)) {
    if (edge.type === 'SANCTIONED_BY') {
      if (edge.program) programs.add(edge.program);
      authorities.set(edge.target, state.nodes[edge.target]?.name ?? edge.target);
    }
    edge.sources.forEach((s) => publishers.add(s.publisher));
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    programs: sorted(programs),
    authorities: [...authorities].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    publishers: sorted(publishers),
  };
}
export type FilterChoices = ReturnType<typeof filterChoices>;
