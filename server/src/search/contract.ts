// GET /api/search?q=&kinds=&<property filters>&limit=&cursor=: full-text search over names and aliases, or entities
// by property filters alone; GET /api/search/relationships?types=&<filters>: relationships by their properties.
import { z } from 'zod';
import { pageCursor } from '../expand/neighborCursor.ts';
import { commaList, pageLimit, relationshipTypesParam } from '../http/validation.ts';
import type { Contract } from '../http/operations.ts';
import { entityKind } from '../model/schema.ts';
import { entityIdentity, graphEdge, graphNode } from '../model/shapes.ts';
import { entityFilterFields, relationshipFilterFields } from './propertyFilters.ts';

const cursorParam = pageCursor(1000).optional();

export const searchQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, 'type something to search for')
      .max(200)
      .optional()
      .meta({
        description:
          'Name or alias, any case, accents, word order; typos tolerated. Operators are not interpreted. ' +
          'Required unless a property filter (or kinds) is given.',
      }),
    kinds: commaList(entityKind, 20)
      .optional()
      .meta({ description: 'Comma-separated entity kinds to keep, e.g. Person,Company.' }),
    ...entityFilterFields,
    limit: pageLimit(10, 50),
    cursor: cursorParam.meta({
      description: 'The nextCursor of the previous page (searches by filters alone, without q).',
    }),
  })
  .strict();

export const relationshipSearchQuerySchema = z
  .object({
    types: relationshipTypesParam,
    ...relationshipFilterFields,
    limit: pageLimit(50, 500),
    cursor: cursorParam.meta({ description: 'The nextCursor of the previous page.' }),
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
  detail: z.string().nullable().meta({
    description:
      'What tells it apart from similar names: jurisdiction or nationality, birth or incorporation date, registration or IMO number, list ids; null when none is known.',
  }),
  score: z.number().meta({
    description: 'About 1 for an exact name, a little less for an exact alias, less for partial or fuzzy matches.',
  }),
});

/** A ranked text search (with q): one page, best first. */
export const searchResult = z.object({
  query: z.string(),
  hits: z.array(searchHit),
  nextCursor: z.null().meta({ description: 'Ranked text searches come in one page.' }),
});

/** A search by property filters alone (no q): entities by name, unscored, one page at a time. */
export const filteredEntities = z.object({
  query: z.null(),
  hits: z.array(graphNode.extend({ matchedAlias: z.null(), score: z.null() })),
  nextCursor: z.string().nullable().meta({ description: 'The next page; null on the last one.' }),
});

export const searchAnswer = z.union([searchResult, filteredEntities]);

export const relationshipSearchResult = z.object({
  nodes: z.array(graphNode).meta({ description: 'Both ends of each relationship, once.' }),
  edges: z.array(graphEdge),
  nextCursor: z.string().nullable(),
});

export type SearchHit = z.infer<typeof searchHit>;
export type SearchResult = z.infer<typeof searchResult>;
export type FilteredEntities = z.infer<typeof filteredEntities>;
export type RelationshipSearchResult = z.infer<typeof relationshipSearchResult>;

export const searchContract: Contract = {
  schemas: {
    SearchHit: searchHit,
    SearchResult: searchResult,
    FilteredEntities: filteredEntities,
    SearchAnswer: searchAnswer,
    RelationshipSearchResult: relationshipSearchResult,
  },
  operations: [
    {
      method: 'get',
      path: '/search',
      operationId: 'searchEntities',
      summary:
        'Full-text search over names and aliases, best match first, narrowed by property filters; or, without q, the entities the filters keep, by name, paged.',
      description:
        'Case- and accent-insensitive, tolerant of typos (one edit, a swap of neighbouring letters included, in words of 3 letters or more) and of word order and ' +
        'spacing ("jinbei" finds "Jin Bei"). Exact name > exact alias > partial > fuzzy; ties go to sanctioned and well-connected ' +
        'entities. A query with no letter or digit (e.g. "*") finds nothing.',
      query: searchQuerySchema,
      responses: {
        200: {
          description: 'The hits, best first; without q, the entities the filters keep, by name.',
          schema: searchAnswer,
        },
      },
      errors: [400],
    },
    {
      method: 'get',
      path: '/search/relationships',
      operationId: 'searchRelationships',
      summary: 'Relationships by their properties (e.g. types=OWNS&minPercentage=50), with both ends, paged by id.',
      query: relationshipSearchQuerySchema,
      responses: { 200: { description: 'A page of relationships.', schema: relationshipSearchResult } },
      errors: [400],
    },
  ],
};
