import { deleteBody } from '../writes/changeInput.ts';
import { z } from 'zod';
import { RELATIONSHIP_TYPE_NAMES, relationshipSchemaFor } from '../model/schema.ts';
import { jsonBody, jsonResponse, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { ifMatchHeader, oneOfSchemas, optionalId, patchBody, writeErrorResponses } from '../writes/openapi.ts';

/** One schema per type, as the server validates it (its id may be left out: it is then generated). */
// safeExtend keeps the type's refinements; its typing does not allow loosening a field, which is all this does.
const newRelationshipBody = oneOfSchemas(
  RELATIONSHIP_TYPE_NAMES.map((type) =>
    (relationshipSchemaFor(type) as unknown as z.ZodObject).safeExtend({
      ...optionalId,
      allowDuplicate: z.boolean().optional(),
    }),
  ),
);

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const relationshipResult = (description: string, key = 'relationship') =>
  jsonResponse(description, {
    type: 'object',
    required: [key],
    additionalProperties: false,
    properties: { [key]: ref('GraphEdge') },
  });

export const relationshipWritesOpenApi: OpenApiFragment = {
  paths: {
    '/relationships': {
      post: {
        operationId: 'createRelationship',
        summary: 'Create a relationship (investigators) between two existing entities whose kinds its type allows.',
        requestBody: jsonBody(
          newRelationshipBody,
          "The relationship: type, source and target ids, the type's fields, at least one source. The id may be left out. An OWNS that repeats an existing holding (same owner, asset, percentage, overlapping dates) is refused with 409 duplicate_holding unless allowDuplicate is true.",
        ),
        responses: {
          '201': relationshipResult('The created relationship, at version 1.'),
          ...writeErrorResponses(400, 404, 409, 413, 422),
        },
      },
    },
    '/relationships/{id}': {
      patch: {
        operationId: 'updateRelationship',
        summary: "Change a relationship's fields (investigators); its type and endpoints are fixed.",
        parameters: [idParam, ifMatchHeader],
        requestBody: jsonBody(patchBody, 'Fields to change, the version and the sources of the change.'),
        responses: {
          '200': relationshipResult('The relationship after the change.'),
          ...writeErrorResponses(400, 404, 409, 428),
        },
      },
      delete: {
        operationId: 'deleteRelationship',
        summary: 'Delete a relationship (investigators), given its version.',
        parameters: [idParam, ifMatchHeader],
        requestBody: jsonBody(deleteBody, 'The version being deleted and the sources that justify it.'),
        responses: {
          '200': relationshipResult('The deleted relationship as it was.', 'deleted'),
          ...writeErrorResponses(400, 404, 409, 428),
        },
      },
    },
  },
};
