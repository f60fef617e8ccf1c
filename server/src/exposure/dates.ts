// Date windows for asOf: ISO dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) compared as strings.
import type { RegimeListing } from './contract.ts';
import type { StoredListing } from './neighbourhood.ts';

/** The first day a partial date can mean: "2025-10" starts on 2025-10-01. */
const earliest = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
/** The last day a partial date can mean ("-31" compares correctly for every month). */
const latest = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/**
 * Whether something dated [start, end] is in force on asOf. A missing start means "since before asOf",
 * a missing end "still in force"; partial dates count from their first day to their last.
 */
export function inForceOn(asOf: string, start?: string | null, end?: string | null): boolean {
  if (start && earliest(start) > asOf) return false;
  if (end && latest(end) < asOf) return false;
  return true;
}

export type ListingDating = RegimeListing['dating'] | 'not_in_force';

/**
 * How sure a listing is to be in force on asOf. Its date (listedOn, else startDate) decides when it is known to
 * the day; otherwise the list files it was seen in do: it is in force from the first of them on, and before that
 * only possibly (its date is unknown, or known to the year or month only). A listing without any date or list
 * file (entered by hand) is in force, date unknown. A listing that ended (endDate) before asOf is not in force.
 */
export function listingDating(asOf: string, listing: StoredListing): ListingDating {
  if (listing.endDate && latest(listing.endDate) < asOf) return 'not_in_force';
  const dated = listing.listedOn ?? listing.startDate;
  const firstEdition = listing.listEditions[0] ?? null;
  if (dated && earliest(dated) > asOf) return 'not_in_force';
  if (dated && latest(dated) <= asOf) return 'in_force';
  if (firstEdition && firstEdition <= asOf) return 'in_force';
  if (dated || firstEdition) return 'possibly_in_force';
  return 'in_force_date_unknown';
}

export const today = () => new Date().toISOString().slice(0, 10);
