// How alike names are, for the three questions the product asks: which search suggestion comes first, is a new
// record a duplicate of an existing one, and does a screened name match a listed one (screeningScore.ts).
import { boundedEditDistance, allowedEdits } from './editDistance.ts';
import { withoutLegalForms } from './nameParts.ts';
import { nameWords } from './normalise.ts';

function wordMatch(queryWord: string, words: string[]): number {
  let best = 0;
  for (const word of words) {
    if (word === queryWord) return 1;
    if (queryWord.length >= 2 && word.startsWith(queryWord)) best = Math.max(best, 0.85);
    const edits = boundedEditDistance(queryWord, word, allowedEdits(queryWord));
    if (edits <= allowedEdits(queryWord)) best = Math.max(best, 0.7);
  }
  return best;
}

/**
 * Search: how well typed query words match one name, from 0 (not at all) to 1 (the same words in the same order);
 * a word typed so far matches by prefix, since suggestions appear as one types.
 */
export function searchMatch(queryWords: string[], text: string): number {
  const words = nameWords(text);
  if (words.length === 0 || queryWords.length === 0) return 0;
  if (words.join(' ') === queryWords.join(' ')) return 1;
  if ([...words].sort().join(' ') === [...queryWords].sort().join(' ')) return 0.95;
  const compactQuery = queryWords.join('');
  const compactName = words.join('');
  if (compactName === compactQuery) return 0.9;
  const perWord = queryWords.map((q) => wordMatch(q, words));
  const covered = words.filter((w) => queryWords.some((q) => w === q || w.startsWith(q))).length / words.length;
  const wordScore = perWord.every((s) => s > 0)
    ? 0.75 * (perWord.reduce((a, b) => a + b, 0) / perWord.length) + 0.1 * covered
    : 0;
  // Some query words found: below any name in which all of them are found.
  const partialScore = (0.4 * perWord.filter((s) => s > 0).length) / perWord.length;
  const compactScore = compactQuery.length >= 3 && compactName.startsWith(compactQuery) ? 0.72 : 0;
  return Math.max(wordScore, partialScore, compactScore);
}

/** Words sorted, without legal forms, so "Zhi Chen" and "CHEN, Zhi" compare equal. */
const comparableName = (name: string) => withoutLegalForms(nameWords(name)).sort().join(' ');

/**
 * Duplicates: 1 for the same name, towards 0 for unrelated ones, the same whichever way round; case, accents,
 * script, punctuation, word order and legal forms ("Ltd") do not count.
 */
export function sameNameSimilarity(a: string, b: string): number {
  const x = comparableName(a);
  const y = comparableName(b);
  if (!x || !y) return 0;
  const longest = Math.max(x.length, y.length);
  return 1 - boundedEditDistance(x, y, longest) / longest;
}
