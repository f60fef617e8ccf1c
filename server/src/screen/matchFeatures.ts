// What besides the name speaks for or against a match, when both sides have it: date of birth, nationality,
// identifiers (passport, national id, registration number). Each feature that contributed is listed with its
// effect on the score, like yente's `features`.
export interface KnownFacts {
  birthDates: string[];
  nationalities: string[];
  identifiers: string[];
}

export const noFacts = (): KnownFacts => ({ birthDates: [], nationalities: [], identifiers: [] });

/** A year of birth the list contradicts costs this much; a matching full date adds a little. */
const BIRTH_YEAR_MISMATCH = -0.3;
const BIRTH_DATE_MATCH = 0.05;
const NATIONALITY_MISMATCH = -0.1;
const NATIONALITY_MATCH = 0.02;

/** Identifier tokens: runs of letters and digits holding a digit, five characters or more, upper case. */
function identifierTokens(values: string[]): Set<string> {
  const tokens = values.flatMap((v) =>
    v
      .toUpperCase()
      .replace(/[-./]/g, '')
      .split(/[^A-Z0-9]+/),
  );
  return new Set(tokens.filter((t) => t.length >= 5 && /\d/.test(t)));
}

function birthDateFeature(query: string[], listed: string[]): Record<string, number> {
  if (!query.length || !listed.length) return {};
  if (query.some((q) => listed.some((l) => q.length === 10 && q === l))) return { dob_match: BIRTH_DATE_MATCH };
  const years = new Set(listed.map((l) => l.slice(0, 4)));
  if (query.some((q) => years.has(q.slice(0, 4)))) return { dob_year_match: 0 };
  return { dob_year_mismatch: BIRTH_YEAR_MISMATCH };
}

function nationalityFeature(query: string[], listed: string[]): Record<string, number> {
  if (!query.length || !listed.length) return {};
  return query.some((q) => listed.includes(q))
    ? { nationality_match: NATIONALITY_MATCH }
    : { nationality_mismatch: NATIONALITY_MISMATCH };
}

function sharesIdentifier(query: string[], listed: string[]): boolean {
  const listedIds = identifierTokens(listed);
  return [...identifierTokens(query)].some((t) => listedIds.has(t));
}

/** The score and the features that made it: name_match is the name score, the others adjust it. */
export function scoreWithFeatures(nameScore: number, query: KnownFacts, listed: KnownFacts) {
  const features: Record<string, number> = {
    name_match: nameScore,
    ...birthDateFeature(query.birthDates, listed.birthDates),
    ...nationalityFeature(query.nationalities, listed.nationalities),
  };
  // A matching passport or registration number decides, whatever the name.
  if (query.identifiers.length && sharesIdentifier(query.identifiers, listed.identifiers)) {
    features.identifier_match = Math.round((1 - nameScore) * 1000) / 1000;
    return { score: 1, features };
  }
  const adjusted = Object.values(features).reduce((sum, v) => sum + v, 0);
  return { score: Math.round(Math.min(1, Math.max(0, adjusted)) * 1000) / 1000, features };
}
