// GET /api/entities/:id/neighbors?types=&direction=&limit=&cursor=: one hop, one page at a time.
import { z } from 'zod';
import { DIRECTIONS } from '../db/patterns.ts';
import type { Contract } from '../http/operations.ts';
import { entityIdParams, pageLimit, relationshipTypesParam } from '../http/validation.ts';
import { relationshipType } from '../model/schema.ts';
import { pageCursor } from './neighborCursor.ts';
import { graphEdge, graphNode } from '../model/shapes.ts';

export const MAX_NEIGHBOR_PAGE = 500;

export const neighborsQuerySchema = z
  .object({
    types: relationshipTypesParam,
    direction: z
      .enum(DIRECTIONS)
      .default('both')
      .meta({ description: 'out, in or both (default) relative to the entity.' }),
    limit: pageLimit(50, MAX_NEIGHBOR_PAGE),
    cursor: pageCursor(2000).optional().meta({ description: 'The nextCursor of the previous page.' }),
  })
  .strict();

export const neighborPage = z.object({
  center: graphNode,
  nodes: z.array(graphNode).meta({ description: 'The neighbours on this page.' }),
  edges: z.array(graphEdge),
  counts: z.partialRecord(relationshipType, z.int().min(1)).meta({
    description:
      'Relationships of the entity per type within the requested types and direction (non-zero only), however many were returned.',
  }),
  total: z.int().min(0).meta({ description: 'Sum of counts: how many edges all pages hold together.' }),
  nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last page.' }),
});

export type NeighborPage = z.infer<typeof neighborPage>;

export const expandContract: Contract = {
  schemas: { NeighborPage: neighborPage },
  operations: [
    {
      method: 'get',
      path: '/entities/{id}/neighbors',
      operationId: 'expandNeighbors',
      summary: 'One hop from an entity, paged: a hub returns a page plus its totals, never all of it.',
      description: `Edges are ordered by (type, edge id). A limit above ${MAX_NEIGHBOR_PAGE} is refused with 400, not clamped.`,
      params: entityIdParams,
      query: neighborsQuerySchema,
      responses: { 200: { description: 'One page of neighbours.', schema: neighborPage } },
      errors: [400, 404],
    },
  ],
};
