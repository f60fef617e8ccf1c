// How much a matched word says: a rare surname much, "mohammed" or "trading" little. Weights come from how often
// each word occurs among the names being screened against (inverse document frequency).
import { nameWords } from './normalise.ts';

export interface WordWeights {
  weightOf(word: string): number;
}

/** Every word counts the same: used where no list statistics are at hand. */
export const EQUAL_WEIGHTS: WordWeights = { weightOf: () => 1 };

const FLOOR = 0.35;
/** A word in at most one name in this many counts fully. */
const RARE_ENOUGH = Math.log(2000);

export class WordRarity implements WordWeights {
  private constructor(
    private readonly frequency: Map<string, number>,
    private readonly names: number,
  ) {}

  static fromNames(names: Iterable<string>): WordRarity {
    const frequency = new Map<string, number>();
    let count = 0;
    for (const name of names) {
      count++;
      for (const word of new Set(nameWords(name))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    return new WordRarity(frequency, count);
  }

  /** FLOOR for the commonest words, 1 for rare ones and for words the lists do not hold. */
  weightOf(word: string): number {
    const df = this.frequency.get(word) ?? 0;
    if (df <= 1) return 1;
    const idf = Math.log((this.names + 1) / (df + 1));
    return FLOOR + (1 - FLOOR) * Math.min(1, Math.max(0, idf) / RARE_ENOUGH);
  }
}
