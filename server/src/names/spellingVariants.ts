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

/** Keys already worked out: screening compares each listed word with many queries, nine replacements each time. */
const keys = new Map<string, string>();
const KEYS_KEPT = 500_000;

export function spellingKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Skeletons already worked out, like the keys: the index of listed names is rebuilt after every listing write. */
const skeletons = new Map<string, string>();

/**
 * The consonants of a word, for names written in scripts that leave short vowels out: "أسامة" comes out of
 * transliteration as "smh", "Usama" has the consonants "sm" (a final h is the feminine ending ة, often unwritten).
 */
export function consonantSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    skeleton = spellingKey(word)
      .replace(/v/g, 'w')
      .replace(/[aeiouwy]/g, '')
      .replace(/(.)\1+/g, '$1')
      .replace(/(?<=.)h$/, '');
    if (skeletons.size >= KEYS_KEPT) skeletons.clear();
    skeletons.set(word, skeleton);
  }
  return skeleton;
}
