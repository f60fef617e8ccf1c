// Small graphs for the client's unit tests, shaped exactly like API answers.
import type { GraphEdge, GraphNode, NeighborPage } from '@api/types.ts';
import type { RelationshipType } from '@model/schema.ts';

export const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  name: id.replace(/-/g, ' '),
  kind: 'Company',
  sanctioned: false,
  degree: 1,
  ...extra,
});

export const edge = (
  source: string,
  type: RelationshipType,
  target: string,
  extra: Partial<GraphEdge> = {},
): GraphEdge => ({
  id: `${source}--${type}--${target}`,
  type,
  source,
  target,
  sources: [{ publisher: 'US Treasury OFAC', date: '2025-10-14', url: 'https://ofac.treasury.gov/' }],
  ...extra,
});

/** One page of a hub's neighbours: `ids` linked to `hub` by `type`. */
export function page(
  hub: string,
  ids: string[],
  total: number,
  nextCursor: string | null,
  type: RelationshipType = 'LINKED_TO',
): NeighborPage {
  return {
    center: node(hub, { degree: total }),
    nodes: ids.map((id) => node(id)),
    edges: ids.map((id) => edge(id, type, hub)),
    counts: { [type]: total },
    total,
    nextCursor,
  };
}
