// What the survivor of a merge looks like, and whether the merged-away entity's relationships still fit it.
import {
  allowsEndpoints,
  entitySchemaFor,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type EntityRecord,
  type RelationshipType,
  type Source,
} from '../model/schema.ts';
import { DomainError } from '../model/domainErrors.ts';
import { unionSources } from '../writes/changeInput.ts';
import { entityFieldsOf, type StoredEntity } from '../writes/entityState.ts';
import { parseOrInvalid } from '../model/domainErrors.ts';

export interface LinkToMove {
  id: string;
  type: RelationshipType;
  /** 'out' when the merged-away entity is the relationship's start. */
  direction: 'out' | 'in';
  otherKind: EntityKind;
  /** The relationship joins the two entities being merged. */
  betweenThem: boolean;
}

/**
 * The survivor keeps its own values and gains what only the other knew (fields it lacks), the other's name and
 * aliases as aliases, and every source of both plus those cited for the merge.
 */
export function mergedSurvivor(survivor: StoredEntity, other: StoredEntity, sources: Source[]): EntityRecord {
  const allowed = entityFieldsOf(survivor.kind);
  const pick = (entity: StoredEntity) =>
    Object.fromEntries(Object.entries(entity).filter(([key]) => allowed.includes(key)));
  const aliases = [...new Set([...survivor.aliases, other.name, ...other.aliases])].filter(
    (alias) => alias !== survivor.name,
  );
  const merged = {
    ...pick(other),
    ...pick(survivor),
    aliases,
    sources: unionSources(unionSources(survivor.sources, other.sources), sources),
  };
  return parseOrInvalid(entitySchemaFor(survivor.kind), merged, allowed) as EntityRecord;
}

/** Refuses the merge (422) when a relationship of the other entity would not be allowed on the survivor's kind. */
export function assertLinksFit(survivorKind: EntityKind, links: LinkToMove[]): void {
  const misfits = links.filter((link) => {
    const otherKind = link.betweenThem ? survivorKind : link.otherKind;
    return link.direction === 'out'
      ? !allowsEndpoints(link.type, survivorKind, otherKind)
      : !allowsEndpoints(link.type, otherKind, survivorKind);
  });
  if (!misfits.length) return;
  throw new DomainError(
    'not_allowed',
    'merge_not_allowed',
    `A ${survivorKind} cannot take over ${misfits.length} relationship(s) of the other entity (e.g. ${misfits[0].type} ${misfits[0].direction === 'out' ? 'to' : 'from'} a ${misfits[0].otherKind}).`,
    misfits.map((m) => ({
      id: m.id,
      type: m.type,
      direction: m.direction,
      allowed: { from: RELATIONSHIP_TYPES[m.type].from, to: RELATIONSHIP_TYPES[m.type].to },
    })),
  );
}
