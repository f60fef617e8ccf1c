// Relationship counts per type (both directions together), as the expand buttons and menu offer them.
import type { RelationshipCount } from '@api/types.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '@model/schema.ts';

export interface TypeCount {
  type: RelationshipType;
  label: string;
  count: number;
}

export function countsByType(counts: RelationshipCount[]): TypeCount[] {
  const totals = new Map<RelationshipType, number>();
  for (const c of counts) totals.set(c.type, (totals.get(c.type) ?? 0) + c.count);
  return [...totals.entries()]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => ({ type, label: RELATIONSHIP_TYPES[type]?.label ?? type, count }));
}
