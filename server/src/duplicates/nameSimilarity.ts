// How alike two names are, ignoring case, accents, punctuation, word order and legal-form suffixes.
import { searchWords } from '../db/mapping.ts';
import { boundedEditDistance } from '../search/searchRanking.ts';

const LEGAL_FORMS = new Set([
  'limited',
  'ltd',
  'co',
  'company',
  'inc',
  'incorporated',
  'llc',
  'plc',
  'corp',
  'corporation',
  'sa',
  'gmbh',
  'ag',
  'pte',
  'pty',
  'the',
]);

/** Words sorted, without legal forms, so "Zhi Chen" and "CHEN, Zhi" compare equal. */
function comparableName(name: string): string {
  const tokens = searchWords(name);
  const meaningful = tokens.filter((t) => !LEGAL_FORMS.has(t));
  return (meaningful.length ? meaningful : tokens).sort().join(' ');
}

/** 1 for the same name, towards 0 for unrelated ones. */
export function nameSimilarity(a: string, b: string): number {
  const x = comparableName(a);
  const y = comparableName(b);
  if (!x || !y) return 0;
  const longest = Math.max(x.length, y.length);
  return 1 - boundedEditDistance(x, y, longest) / longest;
}
