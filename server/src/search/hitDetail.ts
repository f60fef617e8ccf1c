// What tells apart search hits with similar names ("Prince Holding Group", "Prince Group Holdings"...): the facts
// an analyst would check first, read in the same query as the hit and put in one short line.

/** A Cypher map of those facts for the node bound to `v` (the country from a link when no field gives it). */
export const hitFactsMap = (v: string) => `{
  jurisdiction: coalesce(${v}.jurisdiction, head([(${v})-[:REGISTERED_IN]->(c:Country) | c.code])),
  nationality: coalesce(${v}.nationality, [(${v})-[:NATIONAL_OF]->(c:Country) | c.code])[0..3],
  birthDate: ${v}.birthDate,
  incorporationDate: ${v}.incorporationDate,
  registrationNumber: ${v}.registrationNumber,
  imoNumber: ${v}.imoNumber,
  listIds: [(${v})-[s:SANCTIONED_BY]->() WHERE s.listId IS NOT NULL | s.listId][0..2]
}`;

export interface HitFacts {
  jurisdiction?: string | null;
  nationality?: string[] | null;
  birthDate?: string | null;
  incorporationDate?: string | null;
  registrationNumber?: string | null;
  imoNumber?: string | null;
  listIds?: string[] | null;
}

/** "KH · reg. 1001 · list id 55505", or null when nothing is known beyond the name and kind. */
export function describeHit(facts: HitFacts | null | undefined): string | null {
  if (!facts) return null;
  const parts = [
    facts.jurisdiction ?? (facts.nationality?.length ? facts.nationality.join(', ') : null),
    facts.birthDate && `born ${facts.birthDate}`,
    facts.incorporationDate && `incorporated ${facts.incorporationDate}`,
    facts.registrationNumber && `reg. ${facts.registrationNumber}`,
    facts.imoNumber && `IMO ${facts.imoNumber}`,
    facts.listIds?.length ? `list id ${facts.listIds.join(', ')}` : null,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(' · ') : null;
}
