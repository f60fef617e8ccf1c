import { describe, expect, it } from 'vitest';
import { entityToProperties } from '../../server/src/db/mapping.ts';
import {
  boundedEditDistance,
  compactSearchText,
  nameWords as searchWords,
  searchMatch as nameMatch,
} from '../../server/src/names/index.ts';
import { nameQuery } from '../../server/src/search/searchEntities.ts';

describe('search normalisation', () => {
  it('folds case and accents and splits on anything that is not a letter or digit', () => {
    expect(searchWords('CHÉN, Zhì (Vincent)')).toEqual(['chen', 'zhi', 'vincent']);
    expect(searchWords('chen AND ( * ~ " \\')).toEqual(['chen', 'and']);
  });

  it('stores a compact form of every name and alias through the one mapping function', () => {
    expect(compactSearchText('Jin Bei Group Co. Ltd.', ['JINBEI CASINO'])).toBe('jinbeigroupcoltd jinbeicasino');
    const props = entityToProperties({ id: 'x', kind: 'Company', name: 'Jin Bei', aliases: ['Jin-Bei'], sources: [] });
    expect(props.searchText).toBe('jinbei');
  });

  it('builds Lucene queries that carry no operator from the user', () => {
    expect(nameQuery(searchWords('chen AND ('))).toBe('(chen^3 OR chen*^1.5 OR chen~1) (and^3 OR and*^1.5 OR and~1)');
  });
});

describe('name matching', () => {
  it('counts a swap of neighbouring letters as one typo', () => {
    expect(boundedEditDistance('zhi', 'zih', 1)).toBe(1);
    expect(boundedEditDistance('prince', 'prnce', 1)).toBe(1);
    expect(boundedEditDistance('chen', 'wang', 1)).toBe(2);
  });

  it('ranks exact order > any order > all words partly > some words', () => {
    const words = searchWords('chen zhi');
    const exact = nameMatch(words, 'Chen Zhi');
    const reordered = nameMatch(words, 'Zhi Chen');
    const contained = nameMatch(words, 'Arrest of Chen Zhi in Cambodia');
    const some = nameMatch(words, 'Chen Xiuling');
    expect(exact).toBe(1);
    expect(reordered).toBeLessThan(exact);
    expect(contained).toBeLessThan(reordered);
    expect(some).toBeLessThan(contained);
    expect(nameMatch(words, 'Huione Group')).toBe(0);
  });
});
