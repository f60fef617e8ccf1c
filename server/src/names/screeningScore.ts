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
  /** The words' spelling keys, worked out once: a listed name is compared with thousands of queries. */
  keys: string[];
  /** From each word, the spelling keys of it and the next one or two written together ('' past the end). */
  runKeys: { two: string; three: string }[];
  /** The words written together. */
  compact: string;
  vowelless: boolean;
}

const runKey = (words: string[], i: number, n: number) =>
  i + n <= words.length ? spellingKey(words.slice(i, i + n).join('')) : '';

export function prepareName(text: string): PreparedName {
  const words = withoutHonorifics(nameWords(text));
  return {
    words,
    keys: words.map(spellingKey),
    runKeys: words.map((_, i) => ({ two: runKey(words, i, 2), three: runKey(words, i, 3) })),
    compact: words.join(''),
    vowelless: isVowellessScript(text),
  };
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
  return keyedSimilarity(queryWord, spellingKey(queryWord), listedWord, spellingKey(listedWord), queryVowelless);
}

/** wordSimilarity with both words' spelling keys at hand (q and l). */
function keyedSimilarity(queryWord: string, q: string, listedWord: string, l: string, queryVowelless: boolean): number {
  if (queryWord === listedWord) return 1;
  if (q === l) return 0.95;
  if (queryVowelless && consonantSkeleton(queryWord) === consonantSkeleton(listedWord) && l.length > 1) return 0.9;
  if (queryWord.length === 1) return listedWord.startsWith(queryWord) ? 0.5 : 0;
  const shorter = Math.min(q.length, l.length);
  const maxEdits = shorter >= 8 ? 2 : shorter >= 3 ? 1 : 0;
  const edits = boundedEditDistance(q, l, maxEdits);
  if (edits > maxEdits) return 0;
  return 1 - 0.12 * edits - (shorter <= 3 ? 0.05 : 0);
}

/** Words and their spelling keys, as one side of a comparison. */
interface Side {
  words: string[];
  keys: string[];
  /** As in PreparedName; absent for a side whose words were joined (worked out when needed). */
  runKeys?: PreparedName['runKeys'];
}

/** The run of three or two words from word i whose joined form is one of the other side's words, if any. */
function runFrom(side: Side, i: number, other: Side): number | undefined {
  const runs = side.runKeys?.[i];
  const three = runs ? runs.three : runKey(side.words, i, 3);
  if (three && other.keys.includes(three)) return 3;
  const two = runs ? runs.two : runKey(side.words, i, 2);
  if (two && other.keys.includes(two)) return 2;
  return undefined;
}

/** Runs of two or three words written together on the other side are joined ("abd el kader" -> "abdelkader"). */
function joinSplitForms(side: Side, other: Side): Side {
  const { words } = side;
  let joined: Side | null = null;
  for (let i = 0; i < words.length; i++) {
    const run = runFrom(side, i, other);
    // Nothing joined (nearly always): the side as it came, with the keys worked out when it was prepared.
    if (!run && !joined) continue;
    joined ??= { words: words.slice(0, i), keys: side.keys.slice(0, i) };
    const word = run ? words.slice(i, i + run).join('') : words[i];
    joined.words.push(word);
    joined.keys.push(spellingKey(word));
    if (run) i += run - 1;
  }
  return joined ?? side;
}

interface Pairing {
  listed: number;
  query: number;
  similarity: number;
}

/** Each listed word paired with at most one query word, best pairs first. */
function pairWords(query: Side, listed: Side, queryVowelless: boolean): Pairing[] {
  const candidates: Pairing[] = [];
  listed.words.forEach((l, li) =>
    query.words.forEach((q, qi) => {
      const similarity = keyedSimilarity(q, query.keys[qi], l, listed.keys[li], queryVowelless);
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
  if (query.compact === listedName.compact) return 1;
  const querySide = joinSplitForms(query, listedName);
  const listedSide = joinSplitForms(listedName, querySide);
  const pairs = pairWords(querySide, listedSide, query.vowelless);
  const [q, listed] = [querySide.words, listedSide.words];
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
