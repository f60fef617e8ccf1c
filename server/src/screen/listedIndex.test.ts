import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../model/schema.ts';
import { prepareName } from '../names/index.ts';
import { ListedIndex, type ListedEntity } from './listedIndex.ts';
import { screenNameIn } from './screenNames.ts';

const listed = (id: string, name: string, kind: EntityKind): ListedEntity => ({
  id,
  name,
  aliases: [],
  kind,
  facts: { birthDates: [], nationalities: [], identifiers: [] },
  listings: [
    {
      summary: { authorityId: 'us-treasury-ofac', authority: 'OFAC', program: 'SDGT', listId: id, listedOn: null },
      endDate: null,
    },
  ],
});

describe('the listed index', () => {
  // 300 vessels named exactly as the query rank above the person, whose name has a third word: the candidates
  // must look past the first few hundred to find the kind asked for.
  const vessels = Array.from({ length: 300 }, (_, i) => listed(`vessel-${i}`, 'OCEAN STAR', 'Vessel'));
  const index = ListedIndex.of([...vessels, listed('person', 'OCEAN STAR MARINER', 'Person')]);

  it('finds the one listed person among hundreds of listed vessels with his name', () => {
    const result = screenNameIn(index, { name: 'Ocean Star', kinds: ['Person'] }, { limit: 5, minScore: 0 });
    expect(result.matches.map((m) => m.id)).toEqual(['person']);
  });

  it('offers the best-ranked entities first, the first listed first among equals', () => {
    const found = index.candidates(prepareName('Ocean Star'), () => true, 3);
    expect(found.map((c) => c.entity.id)).toEqual(['vessel-0', 'vessel-1', 'vessel-2']);
  });
});
