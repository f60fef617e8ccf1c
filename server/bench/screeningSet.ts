// The screening evaluation set, built from the list itself: listed names and aliases perturbed the way names in
// customer files differ from the list (a typo, words in another order, another transliteration, a middle name
// more or less, a title), each expecting its entry; and names of people and firms that are not listed, which must
// not match. Seeded, so every run screens the same names.
import { readFileSync } from 'node:fs';
import { CsvRecordReader } from '../src/importers/csvRecords.ts';
import { nameKey } from '../src/names/index.ts';
import { seededRandom } from './syntheticGraph.ts';

export { seededRandom };

export interface ListedEntry {
  id: string;
  names: string[];
  isPerson: boolean;
}

export interface Probe {
  name: string;
  /** The entry it should find; null for a name that must not match. */
  expected: string | null;
  perturbation: string;
}

/** The entries of an OFAC SDN CSV (uid,name,type,programs,alternate_names) as the importer names them. */
export function readOfacEntries(file: string, idPrefix = 'ofac-'): ListedEntry[] {
  const reader = new CsvRecordReader();
  const entries: ListedEntry[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const record = reader.push(text, i + 1);
      if (!record || i === 0 || record.fields.length < 5) return;
      const [uid, name, type, , aliases] = record.fields;
      const names = [name, ...aliases.split('; ')].map((n) => n.trim()).filter(Boolean);
      if (type === 'individual' || type === 'entity')
        entries.push({ id: `${idPrefix}${uid}`, names, isPerson: type === 'individual' });
    });
  return entries;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const wordsOf = (name: string) => name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);

/** One letter changed, dropped, doubled or swapped with its neighbour, in a word of five letters or more. */
function typo(name: string, random: Random): string | null {
  const words = wordsOf(name);
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (!long.length) return null;
  const [word, index] = pick(random, long);
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = pick(random, [...'aeioulnrst']);
  const edits = [
    word.slice(0, at) + letter + word.slice(at + 1),
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word[at] + word.slice(at),
    word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
  ];
  words[index] = pick(random, edits);
  return words.join(' ');
}

/** "KADYROV, Ramzan Akhmadovich" as a customer file writes it: given names first. */
function reordered(name: string): string | null {
  const [last, given] = name.split(/,\s*/, 2);
  if (given) return `${given} ${last}`;
  const words = wordsOf(name);
  return words.length >= 2 ? [...words.slice(1), words[0]].join(' ') : null;
}

const VARIANTS: [RegExp, string][] = [
  [/ou/i, 'u'],
  [/oo/i, 'u'],
  [/ee/i, 'i'],
  [/dh/i, 'z'],
  [/th/i, 'z'],
  [/y/i, 'i'],
  [/kh/i, 'h'],
  [/ph/i, 'f'],
  [/mohammed|mohammad|muhammad|mohamed/i, 'Muhamad'],
  [/abdul/i, 'Abdel'],
  [/yusuf|yousef|youssef/i, 'Yusef'],
];

/** Another common romanisation of the same name. */
function transliterated(name: string, random: Random): string | null {
  const applicable = VARIANTS.filter(([pattern]) => pattern.test(name));
  if (!applicable.length) return null;
  const [pattern, replacement] = pick(random, applicable);
  return name.replace(pattern, replacement);
}

const MIDDLE_NAMES = ['Ahmed', 'Maria', 'Ali', 'Ivanovich', 'Jose', 'Hassan', 'Lee', 'Anne'];

/** A middle name the list does not have, or (for three words or more) one it has left out. */
function middleName(name: string, random: Random, add: boolean): string | null {
  const words = wordsOf(name);
  if (add) return words.length >= 2 ? [words[0], pick(random, MIDDLE_NAMES), ...words.slice(1)].join(' ') : null;
  if (words.length < 3) return null;
  const drop = 1 + Math.floor(random() * (words.length - 2));
  return words.filter((_, i) => i !== drop).join(' ');
}

const TITLES = ['Dr.', 'Haji', 'Mr', 'Sheikh', 'Mullah', 'Gen.', 'Mrs'];

const PERTURBATIONS: Record<string, (name: string, random: Random, isPerson: boolean) => string | null> = {
  typo,
  'reordered words': (name) => reordered(name),
  transliteration: transliterated,
  'extra middle name': (name, random, isPerson) => (isPerson ? middleName(name, random, true) : null),
  'missing middle name': (name, random, isPerson) => (isPerson ? middleName(name, random, false) : null),
  title: (name, random, isPerson) => (isPerson ? `${pick(random, TITLES)} ${name}` : null),
};
export const PERTURBATION_NAMES = Object.keys(PERTURBATIONS);

/** `count` perturbed listed names, the perturbations in turn, from entries drawn at random. */
export function perturbedProbes(entries: ListedEntry[], count: number, random: Random): Probe[] {
  const probes: Probe[] = [];
  for (let attempt = 0; probes.length < count && attempt < count * 20; attempt++) {
    const perturbation = PERTURBATION_NAMES[probes.length % PERTURBATION_NAMES.length];
    const entry = pick(random, entries);
    const name = PERTURBATIONS[perturbation](pick(random, entry.names), random, entry.isPerson);
    if (name && nameKey(name)) probes.push({ name, expected: entry.id, perturbation });
  }
  return probes;
}

const GIVEN = [
  'Emily',
  'Oliver',
  'Sophie',
  'Lukas',
  'Hannah',
  'Mateo',
  'Ingrid',
  'Tomasz',
  'Chloe',
  'Henrik',
  'Aoife',
  'Pieter',
  'Greta',
  'Rafael',
  'Yuki',
  'Amelia',
  'Jonas',
  'Freya',
  'Bruno',
  'Clara',
  'Niamh',
  'Emil',
  'Lena',
  'Arthur',
];
const FAMILY = [
  'Thornton',
  'Bergstrom',
  'Whitfield',
  'Kowalczyk',
  'Lindqvist',
  'Ashworth',
  'Moreau',
  'Vandermeer',
  'Okafor',
  'Castellano',
  'Halvorsen',
  'Pemberton',
  'Nakamura',
  'Fitzgerald',
  'Brennan',
  'Svensson',
  'Dubois',
  'Hartmann',
  'Gallagher',
  'Eriksen',
  'Rossetti',
  'Blackwood',
  'Iverson',
  'Calloway',
];
const FIRM_WORDS = ['Greenfield', 'Harbour', 'Maple', 'Riverside', 'Summit', 'Bluebell', 'Oakridge', 'Northwind'];
const FIRM_TRADES = ['Bakery', 'Dental Care', 'Software', 'Landscaping', 'Bookshop', 'Veterinary', 'Print Works'];
const FIRM_FORMS = ['Ltd', 'GmbH', 'LLC', 'AB', 'BV', 'Inc'];

/** Names of people and firms that are not on the list (none spells like a listed name), which must not match. */
export function unlistedProbes(entries: ListedEntry[], count: number, random: Random): Probe[] {
  const listed = new Set(entries.flatMap((e) => e.names.map(nameKey)));
  const probes: Probe[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; probes.length < count && attempt < count * 20; attempt++) {
    const person = random() < 0.75;
    const name = person
      ? `${pick(random, GIVEN)} ${pick(random, FAMILY)}`
      : `${pick(random, FIRM_WORDS)} ${pick(random, FIRM_TRADES)} ${pick(random, FIRM_FORMS)}`;
    const key = nameKey(name);
    if (listed.has(key) || seen.has(key)) continue;
    seen.add(key);
    probes.push({ name, expected: null, perturbation: person ? 'unlisted person' : 'unlisted firm' });
  }
  return probes;
}
