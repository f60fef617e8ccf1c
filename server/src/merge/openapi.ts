import { entityIdParams } from '../http/validation.ts';
import { jsonBody, jsonResponse, parametersOf, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { writeErrorResponses } from '../writes/openapi.ts';
import { mergeBody } from './mergeRoutes.ts';

export const mergeOpenApi: OpenApiFragment = {
  schemas: {
    MergeResult: {
      type: 'object',
      required: ['entity', 'mergedFrom', 'movedRelationships'],
      additionalProperties: false,
      properties: {
        entity: ref('Entity'),
        mergedFrom: { type: 'string', description: 'The id of the entity merged away (now deleted).' },
        movedRelationships: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'type', 'direction'],
            additionalProperties: false,
            properties: { id: { type: 'string' }, type: ref('RelationshipType'), direction: { enum: ['out', 'in'] } },
          },
        },
      },
    },
  },
  paths: {
    '/entities/{id}/merge': {
      post: {
        operationId: 'mergeEntities',
        summary:
          'Merge another entity into this one (investigators): every relationship, alias and source moves here, in one transaction.',
        parameters: parametersOf(entityIdParams, 'path'),
        requestBody: jsonBody(
          mergeBody,
          'The entity to merge away, optionally the versions read of both, and the sources of the merge.',
        ),
        responses: {
          '200': jsonResponse('The survivor after the merge.', ref('MergeResult')),
          ...writeErrorResponses(400, 404, 409, 422),
        },
      },
    },
  },
};
