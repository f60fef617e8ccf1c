// Does a screened name match a listed one? The score is how much of the LISTED name the query covers, each word
// weighted by how rare it is: a four-word query that contains both words of a two-word listed name is a strong
// match, a query that shares only a common first name is not. Titles are left out, particles and legal forms
// weigh little, joined and split forms are alike ("Abd el Kader" = "Abdelkader"), transliteration variants and a
// typo cost little, and a name written in Arabic or Hebrew script is compared by its consonants too.
import { boundedEditDistance } from './editDistance.ts';
import { isLegalForm, isParticle, withoutHonorifics } from './nameParts.ts';
import { nameWords } from './normalise.ts';
import { consonantSkeleton, spellingKey } from './spellingVariants.ts';
import { isVowellessScript } from './transliterate.ts';
import { EQUAL_WEIGHTS, type WordWeights } from './wordRarity.ts';

/** A name ready for comparison: its meaningful words and whether it was written without vowels. */
export interface PreparedName {
  words: string[];
  vowelless: boolean;
}

export function prepareName(text: string): PreparedName {
  return { words: withoutHonorifics(nameWords(text)), vowelless: isVowellessScript(text) };
}

const PARTICLE_WEIGHT = 0.15;
const LEGAL_FORM_WEIGHT = 0.2;
/** Listed words the query leaves out cost this share of their weight once two substantive words match (middle names). */
const MISSING_MIDDLE_WORD_COST = 0.25;
/** Query words that match nothing cost this share of their weight (the query may say more than the list). */
const EXTRA_QUERY_WORD_COST = 0.3;
// Until two substantive words match, extra query words cost fully too: one shared word ("Lena Dubois" against a
// vessel listed as LENA) is a common given name or word far more often than it is the listed party.
const EXTRA_WORD_COST_ON_ONE_MATCH = 1;

const isSubstantive = (word: string) => !isParticle(word) && !isLegalForm(word);

function weightOf(word: string, weights: WordWeights): number {
  if (isParticle(word)) return PARTICLE_WEIGHT;
  if (isLegalForm(word)) return LEGAL_FORM_WEIGHT;
  return weights.weightOf(word);
}

/** 0..1 for two words: the same, a spelling variant, the same consonants (vowelless script), a typo or an initial. */
export function wordSimilarity(queryWord: string, listedWord: string, queryVowelless = false): number {
  if (queryWord === listedWord) return 1;
  const [q, l] = [spellingKey(queryWord), spellingKey(listedWord)];
  if (q === l) return 0.95;
  if (queryVowelless && consonantSkeleton(queryWord) === consonantSkeleton(listedWord) && l.length > 1) return 0.9;
  if (queryWord.length === 1) return listedWord.startsWith(queryWord) ? 0.5 : 0;
  const shorter = Math.min(q.length, l.length);
  const maxEdits = shorter >= 8 ? 2 : shorter >= 3 ? 1 : 0;
  const edits = boundedEditDistance(q, l, maxEdits);
  if (edits > maxEdits) return 0;
  return 1 - 0.12 * edits - (shorter <= 3 ? 0.05 : 0);
}

/** Runs of two or three words written together on the other side are joined ("abd el kader" -> "abdelkader"). */
function joinSplitForms(words: string[], other: string[]): string[] {
  const others = new Set(other.map(spellingKey));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const run = [3, 2].find((n) => i + n <= words.length && others.has(spellingKey(words.slice(i, i + n).join(''))));
    if (run) {
      out.push(words.slice(i, i + run).join(''));
      i += run - 1;
    } else out.push(words[i]);
  }
  return out;
}

interface Pairing {
  listed: number;
  query: number;
  similarity: number;
}

/** Each listed word paired with at most one query word, best pairs first. */
function pairWords(query: string[], listed: string[], queryVowelless: boolean): Pairing[] {
  const candidates: Pairing[] = [];
  listed.forEach((l, li) =>
    query.forEach((q, qi) => {
      const similarity = wordSimilarity(q, l, queryVowelless);
      if (similarity > 0) candidates.push({ listed: li, query: qi, similarity });
    }),
  );
  candidates.sort((a, b) => b.similarity - a.similarity);
  const [usedListed, usedQuery] = [new Set<number>(), new Set<number>()];
  return candidates.filter((p) => {
    if (usedListed.has(p.listed) || usedQuery.has(p.query)) return false;
    usedListed.add(p.listed);
    usedQuery.add(p.query);
    return true;
  });
}

/** 0..1: how well the screened name matches the listed name (1: the same words, in any order and spacing). */
export function screeningNameScore(
  query: PreparedName,
  listedName: PreparedName,
  weights: WordWeights = EQUAL_WEIGHTS,
): number {
  if (!query.words.length || !listedName.words.length) return 0;
  if (query.words.join('') === listedName.words.join('')) return 1;
  const q = joinSplitForms(query.words, listedName.words);
  const listed = joinSplitForms(listedName.words, q);
  const pairs = pairWords(q, listed, query.vowelless);
  if (!pairs.length) return 0;
  const listedWeight = listed.map((w) => weightOf(w, weights));
  const queryWeight = q.map((w) => weightOf(w, weights));
  const substantiveMatches = pairs.filter((p) => isSubstantive(listed[p.listed])).length;
  const missingCost = substantiveMatches >= 2 ? MISSING_MIDDLE_WORD_COST : 1;
  const extraCost = substantiveMatches >= 2 ? EXTRA_QUERY_WORD_COST : EXTRA_WORD_COST_ON_ONE_MATCH;
  const matchedListed = new Set(pairs.map((p) => p.listed));
  const matchedQuery = new Set(pairs.map((p) => p.query));
  const gained = pairs.reduce((sum, p) => sum + listedWeight[p.listed] * p.similarity, 0);
  const possible = pairs.reduce((sum, p) => sum + listedWeight[p.listed], 0);
  const missing = listedWeight.reduce((sum, w, i) => sum + (matchedListed.has(i) ? 0 : w), 0);
  const extra = queryWeight.reduce((sum, w, i) => sum + (matchedQuery.has(i) ? 0 : w), 0);
  const score = gained / (possible + missingCost * missing + extraCost * extra);
  return Math.round(score * 1000) / 1000;
}
