// GET /api/health and GET /api/openapi.json: open to everyone, no token needed.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';

/** Only with the project's own (supervised) local Neo4j. */
const neo4jProcess = z
  .strictObject({
    state: z.enum(['running', 'restarting', 'stopped']),
    restarts: z.int().min(0),
    lastExit: z
      .strictObject({ at: z.iso.datetime(), code: z.int().nullable(), signal: z.string().nullable() })
      .optional(),
  })
  .meta({ description: 'The supervised local Neo4j: whether it runs, and how often it was restarted after dying.' });

// Why Neo4j does not answer (hosts, ports, pool state) goes to the log, never into this body.
const healthBody = <S extends string, N extends string>(status: S, neo4j: N) =>
  z.strictObject({ status: z.literal(status), neo4j: z.literal(neo4j), neo4jProcess: neo4jProcess.optional() });

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
