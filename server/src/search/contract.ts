// GET /api/search?q=&kinds=&limit=: full-text search over names and aliases.
import { z } from 'zod';
import { commaList, pageLimit } from '../http/validation.ts';
import type { Contract } from '../http/operations.ts';
import { entityKind } from '../model/schema.ts';
import { entityIdentity } from '../model/shapes.ts';

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, 'type something to search for').max(200).meta({
      description: 'Name or alias, any case, accents, word order; typos tolerated. Operators are not interpreted.',
    }),
    kinds: commaList(entityKind, 20)
      .optional()
      .meta({ description: 'Comma-separated entity kinds to keep, e.g. Person,Company.' }),
    limit: pageLimit(10, 50),
  })
  .strict();

export const searchHit = z.object({
  ...entityIdentity,
  sanctioned: z.boolean(),
  degree: z.int().min(0).meta({ description: 'Total number of relationships, as on GraphNode.' }),
  matchedAlias: z
    .string()
    .nullable()
    .meta({ description: 'The alias that matched, when it matched better than the name.' }),
  score: z.number().meta({
    description: 'About 1 for an exact name, a little less for an exact alias, less for partial or fuzzy matches.',
  }),
});

export const searchResult = z.object({ query: z.string(), hits: z.array(searchHit) });

export type SearchHit = z.infer<typeof searchHit>;
export type SearchResult = z.infer<typeof searchResult>;

export const searchContract: Contract = {
  schemas: { SearchHit: searchHit, SearchResult: searchResult },
  operations: [
    {
      method: 'get',
      path: '/search',
      operationId: 'searchEntities',
      summary: 'Full-text search over names and aliases, best match first.',
      description:
        'Case- and accent-insensitive, tolerant of typos (one edit, a swap of neighbouring letters included, in words of 3 letters or more) and of word order and ' +
        'spacing ("jinbei" finds "Jin Bei"). Exact name > exact alias > partial > fuzzy; ties go to sanctioned and well-connected ' +
        'entities. A query with no letter or digit (e.g. "*") finds nothing.',
      query: searchQuerySchema,
      responses: { 200: { description: 'The hits, best first.', schema: searchResult } },
      errors: [400],
    },
  ],
};
