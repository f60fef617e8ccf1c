// How alike two names are, the way screening compares them: accents, case, punctuation and word order do not
// matter, small spelling differences cost a little, missing or extra words cost more.

import { searchWords } from '../db/mapping.ts';
import { boundedEditDistance } from '../search/searchRanking.ts';

const tokenSimilarity = (a: string, b: string) => {
  const longest = Math.max(a.length, b.length);
  return 1 - boundedEditDistance(a, b, longest) / longest;
};

/** 0..1: a Dice coefficient over words, each query word counting with its best fuzzy match (0.75 or better). */
export function nameSimilarity(query: string, candidate: string): number {
  const q = searchWords(query);
  const c = searchWords(candidate);
  if (!q.length || !c.length) return 0;
  const unused = [...c];
  let matched = 0;
  for (const word of q) {
    const scored = unused.map((w, i) => [tokenSimilarity(word, w), i] as const).sort((x, y) => y[0] - x[0])[0];
    if (scored && scored[0] >= 0.75) {
      matched += scored[0];
      unused.splice(scored[1], 1);
    }
  }
  return Math.round(((2 * matched) / (q.length + c.length)) * 1000) / 1000;
}
