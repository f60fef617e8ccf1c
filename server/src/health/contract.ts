// GET /api/health and GET /api/openapi.json: open to everyone, no token needed.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';

const healthBody = <S extends string, N extends string>(status: S, neo4j: N) =>
  z.object({ status: z.literal(status), neo4j: z.literal(neo4j), message: z.string().optional() });

export const healthUp = healthBody('ok', 'up');
export const healthDown = healthBody('unavailable', 'down');
export const openapiDocumentShape = z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) });

export const healthContract: Contract = {
  schemas: { HealthUp: healthUp, HealthDown: healthDown, OpenApiDocument: openapiDocumentShape },
  operations: [
    {
      method: 'get',
      path: '/health',
      operationId: 'health',
      summary: 'Whether the server and Neo4j answer (no authentication needed).',
      responses: {
        200: { description: 'Neo4j answers.', schema: healthUp },
        503: { description: 'Neo4j does not answer.', schema: healthDown },
      },
      errors: [],
      open: true,
    },
    {
      method: 'get',
      path: '/openapi.json',
      operationId: 'openapi',
      summary: 'This document (no authentication needed).',
      responses: { 200: { description: 'The OpenAPI 3.1 document.', schema: openapiDocumentShape } },
      errors: [],
      open: true,
    },
  ],
};

export type HealthAnswer = z.infer<typeof healthUp> | z.infer<typeof healthDown>;
