// POST /api/entities/:id/merge {from, version?, fromVersion?, sources}: investigators merge two records of one entity;
// POST /api/entities/:id/merge/preview {from}: what that merge would do, written nowhere.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityIdParams } from '../http/validation.ts';
import { entityBaseFields, relationshipType } from '../model/schema.ts';
import { versionedEntity } from '../model/shapes.ts';
import { versionField } from '../writes/changeInput.ts';

export const mergeBody = z
  .object({
    from: entityBaseFields.id,
    version: versionField.optional(),
    fromVersion: versionField.optional(),
    sources: entityBaseFields.sources,
  })
  .strict();

export const mergePreviewBody = mergeBody.pick({ from: true }).strict();

export const movedRelationship = z.object({ id: z.string(), type: relationshipType, direction: z.enum(['out', 'in']) });

export const mergeResult = z.object({
  entity: versionedEntity,
  mergedFrom: z.string().meta({ description: 'The id of the entity merged away (now deleted).' }),
  movedRelationships: z.array(movedRelationship),
});

export type MergeResult = z.infer<typeof mergeResult>;

export const mergeContract: Contract = {
  schemas: { MergeResult: mergeResult },
  operations: [
    {
      method: 'post',
      path: '/entities/{id}/merge',
      operationId: 'mergeEntities',
      idempotent: true,
      summary:
        'Merge another entity into this one (investigators): every relationship, alias and source moves here, in one transaction.',
      params: entityIdParams,
      body: {
        description: 'The entity to merge away, optionally the versions read of both, and the sources of the merge.',
        schema: mergeBody,
      },
      responses: { 200: { description: 'The survivor after the merge.', schema: mergeResult } },
      errors: [400, 403, 404, 409, 422],
    },
    {
      method: 'post',
      path: '/entities/{id}/merge/preview',
      operationId: 'previewMerge',
      summary:
        'What merging another entity into this one would do, without doing it (investigators): the survivor as it would read, what moves, or the refusal the merge would give.',
      params: entityIdParams,
      body: { description: 'The entity that would be merged away.', schema: mergePreviewBody },
      responses: { 200: { description: 'The merge as it would be; nothing is written.', schema: mergeResult } },
      errors: [400, 403, 404, 422],
    },
  ],
};
