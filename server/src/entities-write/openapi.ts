import { deleteBody } from '../writes/changeInput.ts';
import { z } from 'zod';
import { ENTITY_KIND_NAMES, entitySchemaFor } from '../model/schema.ts';
import { entityIdParams } from '../http/validation.ts';
import { jsonBody, jsonResponse, parametersOf, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import {
  cascadeParam,
  ifMatchHeader,
  oneOfSchemas,
  optionalId,
  patchBody,
  writeErrorResponses,
} from '../writes/openapi.ts';

/** One schema per kind, as the server validates it; the id may be left out (it is then generated). */
const newEntityBody = oneOfSchemas(
  ENTITY_KIND_NAMES.map((kind) =>
    entitySchemaFor(kind).extend({ ...optionalId, allowDuplicate: z.boolean().optional() }),
  ),
);

const entityResult = (description: string) =>
  jsonResponse(description, {
    type: 'object',
    required: ['entity'],
    additionalProperties: false,
    properties: { entity: ref('Entity') },
  });

export const entityWritesOpenApi: OpenApiFragment = {
  schemas: {
    DeletedEntity: {
      type: 'object',
      required: ['entity', 'removedRelationships'],
      additionalProperties: false,
      properties: { entity: ref('Entity'), removedRelationships: { type: 'array', items: ref('GraphEdge') } },
    },
  },
  paths: {
    '/entities': {
      post: {
        operationId: 'createEntity',
        summary:
          "Create an entity (investigators): validated with its kind's schema; a likely duplicate is refused unless allowDuplicate is true.",
        requestBody: jsonBody(
          newEntityBody,
          'The entity, with at least one source. allowDuplicate: true creates it despite likely duplicates.',
        ),
        responses: {
          '201': entityResult('The created entity, at version 1 (also the ETag).'),
          ...writeErrorResponses(400, 409, 413),
        },
      },
    },
    '/entities/{id}': {
      patch: {
        operationId: 'updateEntity',
        summary:
          "Change an entity's fields (investigators), given the version read; a stale version is a 409 with the current state.",
        parameters: [...parametersOf(entityIdParams, 'path'), ifMatchHeader],
        requestBody: jsonBody(patchBody, 'Fields to change, the version and the sources of the change.'),
        responses: {
          '200': entityResult('The entity after the change, at its new version.'),
          ...writeErrorResponses(400, 404, 409, 428),
        },
      },
      delete: {
        operationId: 'deleteEntity',
        summary: 'Delete an entity (investigators); one with relationships only with ?cascade=true.',
        parameters: [...parametersOf(entityIdParams, 'path'), cascadeParam, ifMatchHeader],
        requestBody: jsonBody(deleteBody, 'The version being deleted and the sources that justify it.'),
        responses: {
          '200': jsonResponse('What was deleted.', ref('DeletedEntity')),
          ...writeErrorResponses(400, 404, 409, 428),
        },
      },
    },
  },
};
