import { entityIdParams } from '../http/validation.ts';
import { errorResponses, jsonResponse, parametersOf, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { MAX_NEIGHBOR_PAGE, neighborsQuerySchema } from './expandRoutes.ts';

export const expandOpenApi: OpenApiFragment = {
  schemas: {
    NeighborPage: {
      type: 'object',
      required: ['center', 'nodes', 'edges', 'counts', 'total', 'nextCursor'],
      additionalProperties: false,
      properties: {
        center: ref('GraphNode'),
        nodes: { type: 'array', items: ref('GraphNode'), description: 'The neighbours on this page.' },
        edges: { type: 'array', items: ref('GraphEdge') },
        counts: {
          type: 'object',
          description:
            'Relationships of the entity per type within the requested types and direction (non-zero only), however many were returned.',
          additionalProperties: { type: 'integer', minimum: 1 },
        },
        total: { type: 'integer', minimum: 0, description: 'Sum of counts: how many edges all pages hold together.' },
        nextCursor: {
          type: ['string', 'null'],
          description: 'Pass as cursor for the next page; null on the last page.',
        },
      },
    },
  },
  paths: {
    '/entities/{id}/neighbors': {
      get: {
        operationId: 'expandNeighbors',
        summary: 'One hop from an entity, paged: a hub returns a page plus its totals, never all of it.',
        description: `Edges are ordered by (type, edge id). A limit above ${MAX_NEIGHBOR_PAGE} is refused with 400, not clamped.`,
        parameters: [...parametersOf(entityIdParams, 'path'), ...parametersOf(neighborsQuerySchema, 'query')],
        responses: { '200': jsonResponse('One page of neighbours.', ref('NeighborPage')), ...errorResponses(400, 404) },
      },
    },
  },
};
