import { errorResponses, jsonResponse, parametersOf, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { pathsQuerySchema } from './pathRoutes.ts';

export const pathsOpenApi: OpenApiFragment = {
  schemas: {
    PathResult: {
      type: 'object',
      required: ['nodes', 'edges', 'paths'],
      additionalProperties: false,
      properties: {
        nodes: { type: 'array', items: ref('GraphNode'), description: 'Every node on any of the paths, once.' },
        edges: { type: 'array', items: ref('GraphEdge'), description: 'Every edge on any of the paths, once.' },
        paths: {
          type: 'array',
          description:
            'Each shortest path as ordered node ids and the edge ids between them; empty when no path exists.',
          items: {
            type: 'object',
            required: ['nodeIds', 'edgeIds'],
            additionalProperties: false,
            properties: {
              nodeIds: { type: 'array', items: { type: 'string' } },
              edgeIds: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
  paths: {
    '/paths': {
      get: {
        operationId: 'findShortestPaths',
        summary:
          'All shortest paths between two entities (up to limit), within maxHops, over the given relationship types.',
        description: 'No path within maxHops is an empty result (200), not an error. from and to must differ.',
        parameters: parametersOf(pathsQuerySchema, 'query'),
        responses: { '200': jsonResponse('The shortest paths.', ref('PathResult')), ...errorResponses(400, 404) },
      },
    },
  },
};
