import { errorResponses, jsonBody, jsonResponse, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { MAX_SUBGRAPH_IDS, subgraphBodySchema } from './subgraphRoutes.ts';

export const subgraphOpenApi: OpenApiFragment = {
  schemas: {
    SubgraphResult: {
      type: 'object',
      required: ['nodes', 'edges', 'missing'],
      additionalProperties: false,
      properties: {
        nodes: { type: 'array', items: ref('GraphNode') },
        edges: {
          type: 'array',
          items: ref('GraphEdge'),
          description: 'Every relationship whose both ends are among the nodes.',
        },
        missing: { type: 'array', items: { type: 'string' }, description: 'Requested ids that name no entity.' },
      },
    },
  },
  paths: {
    '/subgraph': {
      post: {
        operationId: 'revealSubgraph',
        summary: `The given entities (at most ${MAX_SUBGRAPH_IDS}) and every relationship among them.`,
        requestBody: jsonBody(subgraphBodySchema, 'The ids on screen, optionally the relationship types to reveal.'),
        responses: { '200': jsonResponse('The subgraph.', ref('SubgraphResult')), ...errorResponses(400, 413) },
      },
    },
  },
};
