import { remembered } from './remembered.ts';

// Common transliteration variants meet under one spelling key: z/th/dh, ou/oo/u, ee/i, y/i, doubled letters,
// ph/f, ck/k, and Korean eo/o, eu/u ("Uthman" ~ "Uzman", "Yousef" ~ "Yusef", "Mohammed" ~ "Mohamed", "Kadyrov" ~ "Kadirov").
const RULES: [RegExp, string][] = [
  [/th|dh/g, 'z'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** The spelling key of a word; screening compares each listed word with many queries, nine replacements each time. */
export const spellingKey = remembered((word: string): string =>
  RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word),
);

/**
 * The consonants of a word, for names written in scripts that leave short vowels out: "أسامة" comes out of
 * transliteration as "smh", "Usama" has the consonants "sm" (a final h is the feminine ending ة, often unwritten).
 */
export const consonantSkeleton = remembered((word: string): string =>
  spellingKey(word)
    .replace(/v/g, 'w')
    .replace(/[aeiouwy]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.)h$/, ''),
);
