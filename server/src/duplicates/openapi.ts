import { entityIdentity, jsonBody, jsonResponse, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { writeErrorResponses } from '../writes/openapi.ts';
import { duplicateCheck } from './duplicateRoutes.ts';

export const duplicatesOpenApi: OpenApiFragment = {
  schemas: {
    DuplicateCandidate: {
      type: 'object',
      required: ['id', 'name', 'kind', 'sanctioned', 'matchedName', 'similarity', 'reasons'],
      additionalProperties: false,
      properties: {
        ...entityIdentity(),
        sanctioned: { type: 'boolean' },
        matchedName: { type: 'string', description: 'The name or alias of the candidate that matched best.' },
        similarity: { type: 'number', minimum: 0, maximum: 1 },
        reasons: {
          type: 'array',
          items: { type: 'string' },
          description: 'e.g. "same name", "same kind (Person)", "same birth date".',
        },
      },
    },
  },
  paths: {
    '/entities/check': {
      post: {
        operationId: 'checkDuplicates',
        summary:
          'Likely existing matches for an entity about to be created: fuzzy name, then kind, birth date and jurisdiction.',
        requestBody: jsonBody(duplicateCheck, 'The draft entity; fields other than these are ignored.'),
        responses: {
          '200': jsonResponse('The likely duplicates, most similar first (empty when none).', {
            type: 'object',
            required: ['candidates'],
            additionalProperties: false,
            properties: { candidates: { type: 'array', items: ref('DuplicateCandidate') } },
          }),
          ...writeErrorResponses(400),
        },
      },
    },
  },
};
