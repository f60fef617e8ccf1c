import { jsonResponse, type OpenApiFragment } from '../openapi/fragment.ts';

const healthBody = (status: string, neo4j: string) => ({
  type: 'object',
  required: ['status', 'neo4j'],
  properties: { status: { const: status }, neo4j: { const: neo4j }, message: { type: 'string' } },
});

export const healthOpenApi: OpenApiFragment = {
  paths: {
    '/health': {
      get: {
        operationId: 'health',
        summary: 'Whether the server and Neo4j answer (no authentication needed).',
        responses: {
          '200': jsonResponse('Neo4j answers.', healthBody('ok', 'up')),
          '503': jsonResponse('Neo4j does not answer.', healthBody('unavailable', 'down')),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document (no authentication needed).',
        responses: {
          '200': jsonResponse('The OpenAPI 3.1 document.', { type: 'object', required: ['openapi', 'paths'] }),
        },
      },
    },
  },
};
