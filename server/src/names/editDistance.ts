// Edit distance as Lucene's fuzzy query counts it, so that what the index finds and what the scoring accepts agree.

/**
 * Typos tolerated per word: none for one- or two-letter words, one from three letters. Two edits would catch more
 * typos but make Lucene's fuzzy query several times slower on a large index (measured with bench:api).
 */
export const allowedEdits = (word: string) => (word.length < 3 ? 0 : 1);

// Three rows reused across calls: screening compares thousands of word pairs per name, and fresh arrays for each
// pair were a tenth of its time.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Edit distance counting a swap of neighbours as one edit (as Lucene's fuzzy query does); max + 1 once beyond max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(2 * b.length + 2));
  let [twoBack, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length];
}
