import {
  entityIdentity,
  errorResponses,
  jsonResponse,
  parametersOf,
  ref,
  type OpenApiFragment,
} from '../openapi/fragment.ts';
import { searchQuerySchema } from './searchRoutes.ts';

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
          type: 'number',
          description:
            'About 1 for an exact name, a little less for an exact alias, less for partial or fuzzy matches.',
        },
      },
    },
    SearchResult: {
      type: 'object',
      required: ['query', 'hits'],
      additionalProperties: false,
      properties: { query: { type: 'string' }, hits: { type: 'array', items: ref('SearchHit') } },
    },
  },
  paths: {
    '/search': {
      get: {
        operationId: 'searchEntities',
        summary: 'Full-text search over names and aliases, best match first.',
        description:
          'Case- and accent-insensitive, tolerant of typos (one edit, a swap of neighbouring letters included, in words of 3 letters or more) and of word order and ' +
          'spacing ("jinbei" finds "Jin Bei"). Exact name > exact alias > partial > fuzzy; ties go to sanctioned and well-connected ' +
          'entities. A query with no letter or digit (e.g. "*") finds nothing.',
        parameters: parametersOf(searchQuerySchema, 'query'),
        responses: { '200': jsonResponse('The hits, best first.', ref('SearchResult')), ...errorResponses(400) },
      },
    },
  },
};
