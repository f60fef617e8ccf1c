// POST /api/relationships, PATCH and DELETE /api/relationships/:id: investigators create, change and delete links.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { RELATIONSHIP_TYPE_NAMES, relationshipSchemaFor } from '../model/schema.ts';
import { versionedEdge } from '../model/shapes.ts';
import { deleteBody, oneOfSchemas, optionalId, patchBody, versionHeaders } from '../writes/changeInput.ts';

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

const relationshipIdParams = z.object({ id: z.string() });

export const relationshipWriteResult = z.object({ relationship: versionedEdge });
export const deletedRelationship = z.object({ deleted: versionedEdge });

export type RelationshipWriteResult = z.infer<typeof relationshipWriteResult>;

export const relationshipWritesContract: Contract = {
  schemas: { RelationshipWriteResult: relationshipWriteResult, DeletedRelationship: deletedRelationship },
  operations: [
    {
      method: 'post',
      path: '/relationships',
      operationId: 'createRelationship',
      idempotent: true,
      summary: 'Create a relationship (investigators) between two existing entities whose kinds its type allows.',
      body: {
        description:
          "The relationship: type, source and target ids, the type's fields, at least one source. The id may be left out.",
        schema: newRelationshipBody,
      },
      responses: { 201: { description: 'The created relationship, at version 1.', schema: relationshipWriteResult } },
      errors: [400, 403, 404, 409, 413, 422],
    },
    {
      method: 'patch',
      path: '/relationships/{id}',
      operationId: 'updateRelationship',
      idempotent: true,
      summary: "Change a relationship's fields (investigators); its type and endpoints are fixed.",
      params: relationshipIdParams,
      headers: versionHeaders,
      body: { description: 'Fields to change, the version and the sources of the change.', schema: patchBody },
      responses: { 200: { description: 'The relationship after the change.', schema: relationshipWriteResult } },
      errors: [400, 403, 404, 409, 428],
    },
    {
      method: 'delete',
      path: '/relationships/{id}',
      operationId: 'deleteRelationship',
      idempotent: true,
      summary: 'Delete a relationship (investigators), given its version.',
      params: relationshipIdParams,
      headers: versionHeaders,
      body: { description: 'The version being deleted and the sources that justify it.', schema: deleteBody },
      responses: { 200: { description: 'The deleted relationship as it was.', schema: deletedRelationship } },
      errors: [400, 403, 404, 409, 428],
    },
  ],
};
