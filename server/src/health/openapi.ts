import { jsonResponse, type OpenApiFragment } from '../openapi/fragment.ts';

/** Only with the project's own (supervised) local Neo4j. */
const neo4jProcess = {
  type: 'object',
  required: ['state', 'restarts'],
  additionalProperties: false,
  description: 'The supervised local Neo4j: whether it runs, and how often it was restarted after dying.',
  properties: {
    state: { enum: ['running', 'restarting', 'stopped'] },
    restarts: { type: 'integer', minimum: 0 },
    lastExit: {
      type: 'object',
      required: ['at', 'code', 'signal'],
      additionalProperties: false,
      properties: {
        at: { type: 'string', format: 'date-time' },
        code: { type: ['integer', 'null'] },
        signal: { type: ['string', 'null'] },
      },
    },
  },
};

const healthBody = (status: string, neo4j: string) => ({
  type: 'object',
  required: ['status', 'neo4j'],
  additionalProperties: false,
  properties: { status: { const: status }, neo4j: { const: neo4j }, neo4jProcess },
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
