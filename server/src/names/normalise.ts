// The one normalisation of names: every comparison, search query, index form and key goes through nameWords.
import { toLatin } from './transliterate.ts';

/** Apostrophes and similar marks inside a word are dropped, not split on ("KY'ONG" = "KYONG"). */
const INNER_APOSTROPHE = /(?<=\p{L})['\u2018\u2019\u02BC\u02BB`\u00B4]+(?=\p{L})/gu;

/** Latin script, lower case, no accents, no inner apostrophes. */
export function foldName(text: string): string {
  return toLatin(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(INNER_APOSTROPHE, '')
    .toLowerCase();
}

/** The words of a name as search, screening and matching compare them: folded, split on anything else. */
export function nameWords(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The name with its spaces and punctuation removed ("Jin Bei Group" -> "jinbeigroup"). */
export const compactName = (text: string) => nameWords(text).join('');

/** A key under which spellings of one name meet: no script, accents, case, punctuation or word order. */
export const nameKey = (text: string) => nameWords(text).sort().join(' ');
