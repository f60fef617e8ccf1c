// GET /api/paths?from=&to=&types=&direction=&maxHops=&limit=&avoidHubsAbove=: all shortest paths between two
// entities.
import { z } from 'zod';
import { DIRECTIONS } from '../db/patterns.ts';
import type { Contract } from '../http/operations.ts';
import { pageLimit, relationshipTypesParam } from '../http/validation.ts';
import { entityBaseFields } from '../model/schema.ts';
import { graphEdge, graphNode } from '../model/shapes.ts';

const ENDS_DIFFER = 'from and to must be different entities';

export const pathsQuerySchema = z
  .object({
    from: entityBaseFields.id.meta({ description: 'Id of the entity the paths start at.' }),
    to: entityBaseFields.id.meta({ description: `Id of the entity the paths end at (${ENDS_DIFFER}).` }),
    types: relationshipTypesParam,
    direction: z.enum(DIRECTIONS).default('both').meta({
      description:
        'both (default): edges in either direction; out: only along edge direction from -> to; in: only against it.',
    }),
    maxHops: z.coerce
      .number()
      .int()
      .min(1)
      .max(10, 'must be at most 10')
      .default(6)
      .meta({ description: 'Longest path, in edges (1-10, default 6).' }),
    limit: pageLimit(10, 100),
    avoidHubsAbove: z.coerce.number().int().min(1).optional().meta({
      description:
        'Leave out paths through an intermediate node with more links than this (e.g. 500 skips countries and big authorities); the two ends may have any number.',
    }),
  })
  .strict()
  .refine((q) => q.from !== q.to, { message: ENDS_DIFFER, path: ['to'] });

export const pathResult = z.object({
  nodes: z.array(graphNode).meta({ description: 'Every node on any of the paths, once.' }),
  edges: z.array(graphEdge).meta({ description: 'Every edge on any of the paths, once.' }),
  paths: z.array(z.object({ nodeIds: z.array(z.string()), edgeIds: z.array(z.string()) })).meta({
    description: 'Each shortest path as ordered node ids and the edge ids between them; empty when no path exists.',
  }),
});

export type PathResult = z.infer<typeof pathResult>;

export const pathsContract: Contract = {
  schemas: { PathResult: pathResult },
  operations: [
    {
      method: 'get',
      path: '/paths',
      operationId: 'findShortestPaths',
      summary:
        'All shortest paths between two entities (up to limit), within maxHops, over the given relationship types, optionally avoiding hubs.',
      description: `No path within maxHops is an empty result (200), not an error; ${ENDS_DIFFER} (400).`,
      query: pathsQuerySchema,
      responses: { 200: { description: 'The shortest paths.', schema: pathResult } },
      errors: [400, 404],
    },
  ],
};
