// Cypher fragments that need a relationship type or a direction in the query text, where parameters cannot go.
// Types are checked against the model's allow-list here once more, whatever validated them before.
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/schema.ts';
import type { RelationshipCount } from '../entities/contract.ts';

export type Direction = 'out' | 'in' | 'both';
export const DIRECTIONS = ['out', 'in', 'both'] as const;

function assertAllowed(types: readonly string[]): void {
  const unknown = types.filter((t) => !(RELATIONSHIP_TYPE_NAMES as string[]).includes(t));
  if (unknown.length > 0) throw new Error(`Relationship types outside the allow-list: ${unknown.join(', ')}`);
}

/** `:OWNS|CONTROLS` for a relationship pattern; all types when none are given. */
export function typeAlternatives(types: readonly RelationshipType[] = RELATIONSHIP_TYPE_NAMES): string {
  assertAllowed(types);
  return `:${types.join('|')}`;
}

/**
 * A relationship pattern between two nodes, pointing the requested way: `-[r:OWNS|CONTROLS]->`. `length` makes it a
 * variable-length one (`*..6`).
 */
export function arrow(
  rel: string,
  types: readonly RelationshipType[] | undefined,
  direction: Direction,
  length = '',
): string {
  const inner = `[${rel}${typeAlternatives(types)}${length}]`;
  return direction === 'out' ? `-${inner}->` : direction === 'in' ? `<-${inner}-` : `-${inner}-`;
}

/** A one-hop pattern from `from` through relationship `rel` to `to`, pointing the requested way. */
export function oneHop(
  from: string,
  rel: string,
  to: string,
  types: readonly RelationshipType[] | undefined,
  direction: Direction,
): string {
  return `(${from})${arrow(rel, types, direction)}(${to})`;
}

const countKey = (type: string, direction: 'out' | 'in') => `${type}_${direction}`;

/**
 * A Cypher map of relationship counts of node `v` per type and direction. Each COUNT over a typed, directed
 * one-hop pattern is answered from the degree store, so a hub with 100,000 relationships costs no more than a leaf.
 */
export function degreeCountsMap(
  v: string,
  types: readonly RelationshipType[] = RELATIONSHIP_TYPE_NAMES,
  direction: Direction = 'both',
): string {
  assertAllowed(types);
  const directions: ('out' | 'in')[] = direction === 'both' ? ['out', 'in'] : [direction];
  const entries = types.flatMap((type) =>
    directions.map(
      (d) => `${countKey(type, d)}: COUNT { (${v})${d === 'out' ? '-' : '<-'}[:${type}]${d === 'out' ? '->' : '-'}() }`,
    ),
  );
  return `{${entries.join(', ')}}`;
}

/** The non-zero counts of a degreeCountsMap result, in allow-list order. */
export function readDegreeCounts(map: Record<string, unknown>): RelationshipCount[] {
  return RELATIONSHIP_TYPE_NAMES.flatMap((type) =>
    (['out', 'in'] as const)
      .map((direction) => ({ type, direction, count: Number(map[countKey(type, direction)] ?? 0) }))
      .filter((c) => c.count > 0),
  );
}
