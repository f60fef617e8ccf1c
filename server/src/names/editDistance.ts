// Edit distance as Lucene's fuzzy query counts it, so that what the index finds and what the scoring accepts agree.

/**
 * Typos tolerated per word: none for one- or two-letter words, one from three letters. Two edits would catch more
 * typos but make Lucene's fuzzy query several times slower on a large index (measured with bench:api).
 */
export const allowedEdits = (word: string) => (word.length < 3 ? 0 : 1);

/** Edit distance counting a swap of neighbours as one edit (as Lucene's fuzzy query does); max + 1 once beyond max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}
