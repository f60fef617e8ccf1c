// Date windows for asOf: ISO dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) compared as strings.

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

export const today = () => new Date().toISOString().slice(0, 10);
