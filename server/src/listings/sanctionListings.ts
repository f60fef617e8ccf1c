// A sanction listing: an entity's SANCTIONED_BY relationship to the authority that lists it. Projected in Cypher and
// mapped here once; entity details, exposure and screening each take the fields their answer shows.
import { decodeSources } from '../db/mapping.ts';
import type { Source } from '../model/schema.ts';

/** Cypher: the listing `rel` by the authority node `authority`, as a map (one per listing). */
export const listingMap = (rel: string, authority: string) =>
  `{authorityId: ${authority}.id, authority: ${authority}.name, program: ${rel}.program, listId: ${rel}.listId,
    listedOn: ${rel}.listedOn, startDate: ${rel}.startDate, endDate: ${rel}.endDate, sources: ${rel}.sources,
    listEditions: ${rel}.listEditions}`;

export interface SanctionListing {
  authorityId: string;
  /** The authority's name (its id when it has none). */
  authority: string;
  /** Unknown values stay null: a list record without a program has no program. */
  program: string | null;
  listId: string | null;
  listedOn: string | null;
  startDate: string | null;
  endDate: string | null;
  sources: Source[];
  /** The edition dates of the list files it was seen in, oldest first. */
  listEditions: string[];
}

const textOrNull = (value: unknown) => (value == null ? null : String(value));

/** A listing as listingMap projected it. */
export function toListing(row: Record<string, unknown>): SanctionListing {
  return {
    authorityId: String(row.authorityId),
    authority: String(row.authority ?? row.authorityId),
    program: textOrNull(row.program),
    listId: textOrNull(row.listId),
    listedOn: textOrNull(row.listedOn),
    startDate: textOrNull(row.startDate),
    endDate: textOrNull(row.endDate),
    sources: decodeSources(row.sources),
    listEditions: [...((row.listEditions as string[] | null) ?? [])].sort(),
  };
}

/** Who lists the entity, under what, since when: the fields every answer about a listing shows. */
export const listingSummary = ({ authorityId, authority, program, listId, listedOn }: SanctionListing) => ({
  authorityId,
  authority,
  program,
  listId,
  listedOn,
});
