// The bounds a path search runs within, how they read in words, and which one to relax when nothing is found.
import type { PathResult } from '@api/types.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '@model/schema.ts';
import type { PathBounds } from '../api/apiClient.ts';
import type { Direction } from '../canvas/graphState.ts';

export const DEFAULT_MAX_HOPS = 6;
export const MAX_HOPS_LIMIT = 10;
export const DEFAULT_HUB_LIMIT = 500;

export interface PathOptions {
  /** Empty: every relationship type. */
  types: RelationshipType[];
  maxHops: number;
  direction: Direction;
  /** null: hubs are allowed. */
  avoidHubsAbove: number | null;
}

export const defaultPathOptions = (): PathOptions => ({
  types: [],
  maxHops: DEFAULT_MAX_HOPS,
  direction: 'both',
  avoidHubsAbove: null,
});

export const toBounds = (o: PathOptions): PathBounds => ({
  types: o.types.length ? o.types : undefined,
  maxHops: o.maxHops,
  direction: o.direction,
  avoidHubsAbove: o.avoidHubsAbove ?? undefined,
});

const DIRECTION_WORDS: Record<Direction, string> = {
  both: 'in either direction',
  out: 'following the links’ direction',
  in: 'against the links’ direction',
};

/** "within 3 hops, over owns, director of, following the links’ direction, avoiding nodes with over 500 links". */
export function describeBounds(o: PathOptions): string {
  const parts = [`within ${o.maxHops} hop${o.maxHops === 1 ? '' : 's'}`];
  if (o.types.length) parts.push(`over ${o.types.map((t) => RELATIONSHIP_TYPES[t].label).join(', ')} links`);
  if (o.direction !== 'both') parts.push(DIRECTION_WORDS[o.direction]);
  if (o.avoidHubsAbove !== null) parts.push(`avoiding nodes with over ${o.avoidHubsAbove} links`);
  return parts.join(', ');
}

export interface Relaxation {
  /** What the user would change, in words ("allow up to 10 hops"). */
  change: string;
  options: PathOptions;
}

/** Each bound the user tightened, loosened on its own: the searches to try when nothing was found. */
export function relaxations(o: PathOptions): Relaxation[] {
  const found: Relaxation[] = [];
  if (o.maxHops < MAX_HOPS_LIMIT)
    found.push({ change: `allow up to ${MAX_HOPS_LIMIT} hops`, options: { ...o, maxHops: MAX_HOPS_LIMIT } });
  if (o.types.length) found.push({ change: 'allow every link type', options: { ...o, types: [] } });
  if (o.direction !== 'both') found.push({ change: 'allow either direction', options: { ...o, direction: 'both' } });
  if (o.avoidHubsAbove !== null) found.push({ change: 'allow hubs', options: { ...o, avoidHubsAbove: null } });
  return found;
}

/** A path's steps in words: "Chen Zhi — involved in (extradited) → Extradition of Chen Zhi ← involved in — China". */
export function describePath(result: PathResult, index: number): string {
  const path = result.paths[index];
  const nodes = new Map(result.nodes.map((n) => [n.id, n]));
  const edges = new Map(result.edges.map((e) => [e.id, e]));
  let text = nodes.get(path.nodeIds[0])?.name ?? path.nodeIds[0];
  path.edgeIds.forEach((edgeId, i) => {
    const edge = edges.get(edgeId);
    const next = path.nodeIds[i + 1];
    const label = edge ? (RELATIONSHIP_TYPES[edge.type]?.label ?? edge.type) : 'linked to';
    const detail = edge && typeof edge.role === 'string' ? ` (${edge.role})` : '';
    const forwards = !edge || edge.source === path.nodeIds[i];
    text += forwards ? ` — ${label}${detail} → ` : ` ← ${label}${detail} — `;
    text += nodes.get(next)?.name ?? next;
  });
  return text;
}

/** Why nothing was found and, from the relaxed searches that did find paths, which bound to relax. */
export function noPathMessage(from: string, to: string, o: PathOptions, helping: string[]): string {
  const lead = `No path links ${from} to ${to} ${describeBounds(o)}.`;
  if (helping.length) return `${lead} To find one, ${helping.join('; or ')}.`;
  if (!relaxations(o).length) return `${lead} They are not connected within the longest search the server allows.`;
  return `${lead} Relaxing any one bound alone finds none either; try relaxing several, or add what connects them.`;
}
