// GET /api/entities/:id: one entity with its sanctions and relationship counts.
import { z } from 'zod';
import { entityIdParams } from '../http/validation.ts';
import type { Contract } from '../http/operations.ts';
import { relationshipType } from '../model/schema.ts';
import { dataWarning, storedEntity, storedSource } from '../model/shapes.ts';

export const sanctionSummary = z.object({
  authorityId: z.string(),
  authority: z.string(),
  program: z.string().nullable(),
  listId: z.string().nullable(),
  listedOn: z.string().nullable(),
  sources: z.array(storedSource),
});

export const relationshipCount = z.object({
  type: relationshipType,
  direction: z.enum(['out', 'in']),
  count: z.int().min(1),
});

export const entityDetail = z.object({
  entity: storedEntity,
  sanctions: z.array(sanctionSummary),
  relationshipCounts: z.array(relationshipCount).meta({ description: 'Non-zero counts per type and direction.' }),
  degree: z.int().min(0),
  sanctioned: z.boolean().meta({ description: 'Listed directly by any authority (has a SANCTIONED_BY edge).' }),
  dataWarnings: z
    .array(dataWarning)
    .meta({ description: "Today's recorded data about the entity that cannot all be true (stakes over 100%)." }),
});

export type SanctionSummary = z.infer<typeof sanctionSummary>;
export type RelationshipCount = z.infer<typeof relationshipCount>;
export type EntityDetail = z.infer<typeof entityDetail>;

export const entitiesContract: Contract = {
  schemas: { SanctionSummary: sanctionSummary, RelationshipCount: relationshipCount, EntityDetail: entityDetail },
  operations: [
    {
      method: 'get',
      path: '/entities/{id}',
      operationId: 'getEntity',
      summary: 'One entity: properties, aliases, sources, sanctions and relationship counts by type and direction.',
      params: entityIdParams,
      responses: { 200: { description: 'The entity.', schema: entityDetail } },
      errors: [400, 404],
    },
  ],
};
