// POST /api/subgraph {ids, types?}: the given entities and every relationship among them.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityBaseFields, relationshipType } from '../model/schema.ts';
import { graphEdge, graphNode } from '../model/shapes.ts';

/** As many nodes as the canvas is built to draw (bench:ui measures 10,000), so a canvas that large reopens in one request. */
export const MAX_SUBGRAPH_IDS = 10_000;

export const subgraphBodySchema = z
  .object({
    ids: z
      .array(entityBaseFields.id)
      .min(1, 'give at least one id')
      .max(MAX_SUBGRAPH_IDS, `give at most ${MAX_SUBGRAPH_IDS} ids`),
    types: z.array(relationshipType).min(1).optional(),
  })
  .strict();

export const subgraphResult = z.object({
  nodes: z.array(graphNode),
  edges: z.array(graphEdge).meta({ description: 'Every relationship whose both ends are among the nodes.' }),
  missing: z.array(z.string()).meta({ description: 'Requested ids that name no entity.' }),
});

export type SubgraphResult = z.infer<typeof subgraphResult>;

export const subgraphContract: Contract = {
  schemas: { SubgraphResult: subgraphResult },
  operations: [
    {
      method: 'post',
      path: '/subgraph',
      operationId: 'revealSubgraph',
      summary: `The given entities (at most ${MAX_SUBGRAPH_IDS}) and every relationship among them.`,
      body: {
        description: 'The ids on screen, optionally the relationship types to reveal.',
        schema: subgraphBodySchema,
      },
      responses: { 200: { description: 'The subgraph.', schema: subgraphResult } },
      errors: [400, 413],
    },
  ],
};
