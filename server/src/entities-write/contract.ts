// POST /api/entities, PATCH and DELETE /api/entities/:id: investigators create, change and delete entities.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityIdParams } from '../http/validation.ts';
import { ENTITY_KIND_NAMES, entitySchemaFor } from '../model/schema.ts';
import { graphEdge, versionedEntity } from '../model/shapes.ts';
import { deleteBody, oneOfSchemas, optionalId, patchBody, versionHeaders } from '../writes/changeInput.ts';

/** One schema per kind, as the server validates it; the id may be left out (it is then generated). */
const newEntityBody = oneOfSchemas(
  ENTITY_KIND_NAMES.map((kind) =>
    entitySchemaFor(kind).extend({ ...optionalId, allowDuplicate: z.boolean().optional() }),
  ),
);

export const cascadeQuery = z.object({
  cascade: z.enum(['true', 'false']).optional().meta({
    description: 'true to delete the entity together with its relationships (each recorded in the audit trail).',
  }),
});

export const entityWriteResult = z.object({ entity: versionedEntity });
export const deletedEntity = z.object({ entity: versionedEntity, removedRelationships: z.array(graphEdge) });

export type EntityWriteResult = z.infer<typeof entityWriteResult>;
export type EntityDeleteResult = z.infer<typeof deletedEntity>;

export const entityWritesContract: Contract = {
  schemas: { EntityWriteResult: entityWriteResult, DeletedEntity: deletedEntity },
  operations: [
    {
      method: 'post',
      path: '/entities',
      operationId: 'createEntity',
      idempotent: true,
      summary:
        "Create an entity (investigators): validated with its kind's schema; a likely duplicate is refused unless allowDuplicate is true.",
      body: {
        description: 'The entity, with at least one source. allowDuplicate: true creates it despite likely duplicates.',
        schema: newEntityBody,
      },
      responses: {
        201: { description: 'The created entity, at version 1 (also the ETag).', schema: entityWriteResult },
      },
      errors: [400, 403, 409, 413],
    },
    {
      method: 'patch',
      path: '/entities/{id}',
      operationId: 'updateEntity',
      idempotent: true,
      summary:
        "Change an entity's fields (investigators), given the version read; a stale version is a 409 with the current state.",
      params: entityIdParams,
      headers: versionHeaders,
      body: { description: 'Fields to change, the version and the sources of the change.', schema: patchBody },
      responses: {
        200: { description: 'The entity after the change, at its new version.', schema: entityWriteResult },
      },
      errors: [400, 403, 404, 409, 428],
    },
    {
      method: 'delete',
      path: '/entities/{id}',
      operationId: 'deleteEntity',
      idempotent: true,
      summary: 'Delete an entity (investigators); one with relationships only with ?cascade=true.',
      params: entityIdParams,
      query: cascadeQuery,
      headers: versionHeaders,
      body: { description: 'The version being deleted and the sources that justify it.', schema: deleteBody },
      responses: { 200: { description: 'What was deleted.', schema: deletedEntity } },
      errors: [400, 403, 404, 409, 428],
    },
  ],
};
