import {
  entityIdentity,
  errorResponses,
  jsonResponse,
  parametersOf,
  ref,
  type OpenApiFragment,
} from '../openapi/fragment.ts';
import { screenQuery } from './screenRoutes.ts';

export const screenOpenApi: OpenApiFragment = {
  schemas: {
    ScreeningMatch: {
      type: 'object',
      required: ['id', 'name', 'kind', 'score', 'matchedName', 'matchedIsAlias', 'features', 'lists'],
      additionalProperties: false,
      properties: {
        ...entityIdentity(),
        score: { type: 'number', minimum: 0, maximum: 1 },
        matchedName: { type: 'string' },
        matchedIsAlias: { type: 'boolean' },
        features: {
          type: 'object',
          description: 'What contributed to the score: name_match, dob_*, nationality_*, identifier_match.',
          additionalProperties: { type: 'number' },
        },
        lists: { type: 'array', items: ref('ExposureListing') },
      },
    },
    ScreeningResult: {
      type: 'object',
      required: ['name', 'kind', 'minScore', 'matches', 'disclaimer'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        kind: { oneOf: [ref('EntityKind'), { type: 'null' }] },
        minScore: { type: 'number' },
        matches: { type: 'array', items: ref('ScreeningMatch') },
        disclaimer: { type: 'string' },
      },
    },
  },
  paths: {
    '/screen': {
      get: {
        operationId: 'screenName',
        summary: 'Whether a name matches a listed (sanctioned) entity: score, matched name or alias, and the lists.',
        parameters: parametersOf(screenQuery, 'query'),
        responses: {
          '200': jsonResponse('Matches at or above minScore, best first.', ref('ScreeningResult')),
          ...errorResponses(400),
        },
      },
    },
  },
};
