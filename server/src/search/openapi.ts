import {
  entityIdentity,
  errorResponses,
  jsonResponse,
  parametersOf,
  ref,
  type OpenApiFragment,
} from '../openapi/fragment.ts';
import { relationshipSearchQuerySchema, searchQuerySchema } from './searchRoutes.ts';

export const searchOpenApi: OpenApiFragment = {
  schemas: {
    SearchHit: {
      type: 'object',
      required: ['id', 'name', 'kind', 'sanctioned', 'degree', 'matchedAlias', 'score'],
      additionalProperties: false,
      properties: {
        ...entityIdentity(),
        sanctioned: { type: 'boolean' },
        degree: { type: 'integer', minimum: 0 },
        matchedAlias: {
          type: ['string', 'null'],
          description: 'The alias that matched, when it matched better than the name.',
        },
        score: {
          type: ['number', 'null'],
          description:
            'About 1 for an exact name, a little less for an exact alias, less for partial or fuzzy matches; null for a search by filters alone.',
        },
      },
    },
    SearchResult: {
      type: 'object',
      required: ['query', 'hits', 'nextCursor'],
      additionalProperties: false,
      properties: {
        query: { type: ['string', 'null'], description: 'q, or null for a search by filters alone.' },
        hits: { type: 'array', items: ref('SearchHit') },
        nextCursor: {
          type: ['string', 'null'],
          description: 'The next page of a search by filters alone (by name); null on the last page and with q.',
        },
      },
    },
    RelationshipSearchResult: {
      type: 'object',
      required: ['nodes', 'edges', 'nextCursor'],
      additionalProperties: false,
      properties: {
        nodes: { type: 'array', items: ref('GraphNode'), description: 'Both ends of each relationship, once.' },
        edges: { type: 'array', items: ref('GraphEdge') },
        nextCursor: { type: ['string', 'null'] },
      },
    },
  },
  paths: {
    '/search': {
      get: {
        operationId: 'searchEntities',
        summary:
          'Full-text search over names and aliases, best match first, narrowed by property filters; or, without q, the entities the filters keep, by name, paged.',
        description:
          'Case- and accent-insensitive, tolerant of typos (one edit, a swap of neighbouring letters included, in words of 3 letters or more) and of word order and ' +
          'spacing ("jinbei" finds "Jin Bei"). Exact name > exact alias > partial > fuzzy; ties go to sanctioned and well-connected ' +
          'entities. A query with no letter or digit (e.g. "*") finds nothing.',
        parameters: parametersOf(searchQuerySchema, 'query'),
        responses: { '200': jsonResponse('The hits, best first.', ref('SearchResult')), ...errorResponses(400) },
      },
    },
    '/search/relationships': {
      get: {
        operationId: 'searchRelationships',
        summary: 'Relationships by their properties (e.g. types=OWNS&minPercentage=50), with both ends, paged by id.',
        parameters: parametersOf(relationshipSearchQuerySchema, 'query'),
        responses: {
          '200': jsonResponse('A page of relationships.', ref('RelationshipSearchResult')),
          ...errorResponses(400),
        },
      },
    },
  },
};
