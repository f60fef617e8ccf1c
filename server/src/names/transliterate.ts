// Latin script for any name: Cyrillic, Greek, Arabic, Persian, Hebrew, CJK, Korean, Thai... through any-ascii
// (ISC, ~560 kB, tables per Unicode block). Han and Hangul characters are one syllable each and are written
// without spaces, so each becomes a word of its own ("陈志" -> "Chen Zhi"); joined and split forms are then
// compared alike by the scoring.
import anyAscii from 'any-ascii';

const SYLLABLE_PER_CHARACTER = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** Scripts that usually leave short vowels unwritten: their Latin form is compared by consonants too. */
const VOWELLESS_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** The text in Latin letters (accents dropped), or the text itself when it is plain ASCII already. */
export function toLatin(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  let spaced = '';
  for (const ch of text) spaced += SYLLABLE_PER_CHARACTER.test(ch) ? ` ${anyAscii(ch)} ` : ch;
  return anyAscii(spaced);
}

/** True when the text holds letters of a script that leaves vowels out (Arabic, Persian, Hebrew...). */
export const isVowellessScript = (text: string) => VOWELLESS_SCRIPTS.test(text);

/** True when the text holds anything beyond plain ASCII, so its Latin form differs from it. */
export const needsTransliteration = (text: string) => !ASCII_ONLY.test(text);
