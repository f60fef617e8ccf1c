// How alike two names are, ignoring case, accents, punctuation, word order and legal-form suffixes.

const LEGAL_FORMS = new Set([
  'limited', 'ltd', 'co', 'company', 'inc', 'incorporated', 'llc', 'plc', 'corp', 'corporation',
  'sa', 'gmbh', 'ag', 'pte', 'pty', 'the',
]);

/** Lower-case words without accents, in any script ("CHEN, Zhi" -> ["chen", "zhi"]). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words in order, without legal forms, so "Zhi Chen" and "CHEN, Zhi" compare equal. */
function comparableName(name: string): string {
  const tokens = nameTokens(name);
  const meaningful = tokens.filter((t) => !LEGAL_FORMS.has(t));
  return (meaningful.length ? meaningful : tokens).sort().join(' ');
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** 1 for the same name, towards 0 for unrelated ones. */
export function nameSimilarity(a: string, b: string): number {
  const x = comparableName(a);
  const y = comparableName(b);
  if (!x || !y) return 0;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}
