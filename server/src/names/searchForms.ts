// What is stored beside a name so that the full-text indexes find it however it is typed: the aliases joined
// (with Latin forms of names in other scripts and forms without inner apostrophes), each name run together
// ("jinbeigroup"), and the consonants of each word for queries written in Arabic or Hebrew script.
import { consonantSkeleton } from './spellingVariants.ts';
import { compactName, foldName, nameWords } from './normalise.ts';
import { needsTransliteration } from './transliterate.ts';

/** Bumped whenever these forms change, so that the start-up back-fill rewrites nodes stored before. */
export const SEARCH_FORMS_VERSION = 2;

/** The stored properties that hold the forms; they are derived, so the API never shows them. */
export const SEARCH_FORM_PROPERTIES = ['aliasText', 'searchText', 'skeletonText', 'searchFormsVersion'] as const;

/** Latin or apostrophe-free forms of names that Lucene's own folding would not find ("Рамзан" -> "ramzan"). */
function variantForms(names: string[]): string[] {
  return names
    .filter((n) => needsTransliteration(n) || /\p{L}['\u2019]\p{L}/u.test(n))
    .map((n) => foldName(n).trim())
    .filter((v) => v.length > 0);
}

/**
 * Each name and alias with its spaces and punctuation removed ("Jin Bei Group" -> "jinbeigroup"), one per word,
 * so that a query typed without spaces ("jinbei") or with different spacing still finds the name by prefix.
 */
export function compactSearchText(name: string, aliases: string[]): string {
  const compact = [name, ...aliases].map(compactName).filter((c) => c.length > 0);
  return [...new Set(compact)].join(' ');
}

export function searchForms(name: string, aliases: string[]) {
  const names = [name, ...aliases];
  const skeletons = new Set(names.flatMap(nameWords).map(consonantSkeleton));
  skeletons.delete('');
  return {
    aliasText: [...new Set([...aliases, ...variantForms(names)])].join(' | '),
    searchText: compactSearchText(name, aliases),
    skeletonText: [...skeletons].join(' '),
    searchFormsVersion: SEARCH_FORMS_VERSION,
  };
}
