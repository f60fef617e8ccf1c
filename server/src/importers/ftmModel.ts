// FollowTheMoney's side of the mapping. Which FtM schema is which kind or relationship type comes from the model
// (schema.ts, `ftm` of each kind and type); this file only knows FtM's own vocabulary: which properties of an
// interval schema name its two ends, and which FtM properties carry names.
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../model/schema.ts';

/** The properties holding the two ends of each FtM interval schema, as FtM defines them (source, then target). */
export const FTM_EDGE_ENDS: Record<string, [from: string, to: string]> = {
  Ownership: ['owner', 'asset'],
  Directorship: ['director', 'organization'],
  Family: ['person', 'relative'],
  Associate: ['person', 'associate'],
  Membership: ['member', 'organization'],
  Employment: ['employee', 'employer'],
  UnknownLink: ['subject', 'object'],
  Payment: ['payer', 'beneficiary'],
  Sanction: ['entity', 'authority'],
};

/** FtM properties that hold further names of an entity. */
export const FTM_ALIAS_PROPERTIES = ['alias', 'weakAlias', 'previousName'];

/** FtM properties that hold identifiers of a person (the model keeps them in one list). */
export const FTM_IDENTIFIER_PROPERTIES = ['idNumber', 'passportNumber'];

/** Where a relationship's descriptive field lives in FtM (the model's `role` / `relationship` names match FtM's). */
export const FTM_FIELD_ALIASES: Record<string, string[]> = {
  listedOn: ['listingDate', 'startDate'],
  listId: ['authorityId', 'unscId'],
};

export const kindForFtmSchema = (schema: string): EntityKind | undefined =>
  (Object.keys(ENTITY_KINDS) as EntityKind[]).find((kind) => ENTITY_KINDS[kind].ftm === schema);

export const relationshipTypeForFtmSchema = (schema: string): RelationshipType | undefined =>
  (Object.keys(RELATIONSHIP_TYPES) as RelationshipType[]).find((type) => RELATIONSHIP_TYPES[type].ftm === schema);
