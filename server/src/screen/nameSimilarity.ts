// How alike two names are, the way screening compares them: accents, case, punctuation and word order do not
// matter, small spelling differences cost a little, missing or extra words cost more.

export const nameTokens = (name: string) =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

const tokenSimilarity = (a: string, b: string) => 1 - levenshtein(a, b) / Math.max(a.length, b.length);

/** 0..1: a Dice coefficient over words, each query word counting with its best fuzzy match (0.75 or better). */
export function nameSimilarity(query: string, candidate: string): number {
  const q = nameTokens(query);
  const c = nameTokens(candidate);
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

/**
 * A Lucene query letting longer words differ by an edit or two. Words hold only letters and digits and are
 * lower-cased, so no Lucene syntax (operators, quotes, wildcards, AND/OR/NOT) from the input survives.
 */
export function fuzzyLuceneQuery(name: string): string {
  return nameTokens(name)
    .slice(0, 20)
    .map((word) => (word.length >= 6 ? `${word}~2` : word.length >= 3 ? `${word}~1` : word))
    .join(' ');
}
