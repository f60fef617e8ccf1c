// The OpenAPI 3.1 document, derived from the capabilities' contracts: parameters and bodies from the zod schemas the
// routes validate with, responses from the zod schemas of the answers, named shapes as components.
import { Router } from 'express';
import { z } from 'zod';
import { API_CONTRACTS } from './capabilities.ts';
import { idempotencyHeaders } from './http/idempotency.ts';
import {
  COMMON_ERRORS,
  ERROR_MEANINGS,
  IDEMPOTENCY_KEY_REUSED,
  JSON_BODY_LIMIT,
  type Contract,
  type Operation,
} from './http/operations.ts';
import { SHARED_SCHEMAS } from './model/shapes.ts';

type JsonSchema = Record<string, unknown>;

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** A request part as the client sends it (before defaults and transforms), inline. */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parametersOf(schema: z.ZodObject, location: 'query' | 'path' | 'header'): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...rest } = inputSchema(field as z.ZodType);
    return {
      name,
      in: location,
      required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** Names every response shape: the shared ones, each contract's, and an operation's unnamed answers. */
function nameResponseShapes(contracts: Contract[]): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  const add = (name: string, schema: z.ZodType) => {
    if ([...names.values()].includes(name)) throw new Error(`Two contracts name the schema ${name}.`);
    if (!names.has(schema)) names.set(schema, name);
  };
  for (const [name, schema] of Object.entries(SHARED_SCHEMAS)) add(name, schema);
  for (const contract of contracts) {
    for (const [name, schema] of Object.entries(contract.schemas ?? {})) add(name, schema);
  }
  for (const operation of contracts.flatMap((c) => c.operations)) {
    for (const [status, answer] of Object.entries(operation.responses)) {
      if ('schema' in answer && !names.has(answer.schema)) {
        const base = operation.operationId[0].toUpperCase() + operation.operationId.slice(1);
        add(Number(status) < 300 ? `${base}Result` : `${base}${status}`, answer.schema);
      }
    }
  }
  return names;
}

/** Every named shape as a component; a named shape inside another becomes a $ref. */
function components(names: Map<z.ZodType, string>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => ref(id).$ref as string, unrepresentable: 'any' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

const jsonContent = (schema: JsonSchema) => ({ 'application/json': { schema } });

/** What an error status means for the operation; a write's 422 also covers a reused Idempotency-Key. */
function errorMeaning(operation: Operation, status: number): string {
  const own = operation.errors.includes(status)
    ? (operation.errorMeanings?.[status] ?? ERROR_MEANINGS[status] ?? 'Error.')
    : null;
  if (operation.idempotent && status === 422) return own ? `${own} ${IDEMPOTENCY_KEY_REUSED}` : IDEMPOTENCY_KEY_REUSED;
  return own ?? ERROR_MEANINGS[status] ?? 'Error.';
}

const REPLAYED_HEADER = {
  'Idempotent-Replayed': {
    description: 'true when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

function responsesOf(operation: Operation, names: Map<z.ZodType, string>): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {};
  const errors = [
    ...operation.errors,
    ...(operation.open ? [] : COMMON_ERRORS),
    ...(operation.idempotent ? [400, 422] : []),
  ];
  for (const status of [...new Set(errors)].sort()) {
    responses[status] = { description: errorMeaning(operation, status), content: jsonContent(ref('Error')) };
  }
  for (const [status, answer] of Object.entries(operation.responses)) {
    const files = Object.entries(answer.files ?? {}).map(([type, description]) => [
      type,
      { schema: { type: 'string' }, description },
    ]);
    const replayable = operation.idempotent && Number(status) < 300 ? { headers: REPLAYED_HEADER } : {};
    responses[status] = {
      description: answer.description,
      ...replayable,
      content: {
        ...('schema' in answer ? jsonContent(ref(names.get(answer.schema)!)) : {}),
        ...Object.fromEntries(files),
      },
    };
  }
  return responses;
}

/** The body's size limits in words: its own JSON limit where it has one, and the file's where it may be one. */
function sizeLimits(body: NonNullable<Operation['body']>): string {
  const json = (body.limit ?? JSON_BODY_LIMIT).toUpperCase();
  if (body.file) return ` At most ${json} as JSON, ${body.file.limit.toUpperCase()} as the file itself.`;
  return body.limit ? ` At most ${json}.` : '';
}

function operationObject(operation: Operation, names: Map<z.ZodType, string>): JsonSchema {
  const { body } = operation;
  const parameters = [
    ...(operation.params ? parametersOf(operation.params, 'path') : []),
    ...(operation.query ? parametersOf(operation.query, 'query') : []),
    ...(operation.headers ? parametersOf(operation.headers, 'header') : []),
    ...(operation.idempotent ? parametersOf(idempotencyHeaders, 'header') : []),
  ];
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body
      ? {
          requestBody: {
            required: !body.optional,
            description: `${body.description}${sizeLimits(body)}`,
            content: {
              ...jsonContent(inputSchema(body.schema)),
              ...Object.fromEntries((body.file?.types ?? []).map((type) => [type, { schema: { type: 'string' } }])),
            },
          },
        }
      : {}),
    responses: responsesOf(operation, names),
  };
}

export function buildOpenApiDocument(contracts: Contract[] = API_CONTRACTS): Record<string, unknown> {
  const names = nameResponseShapes(contracts);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const contract of contracts)
    for (const operation of contract.operations) {
      const key = contract.server ? `${contract.server}${operation.path}` : operation.path;
      // Paths elsewhere than /api are written whole, on the root server (the document's server is /api).
      paths[key] = {
        ...paths[key],
        ...(contract.server ? { servers: [{ url: '/' }] } : {}),
        [operation.method]: operationObject(operation, names),
      };
    }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sanctions Graph Explorer API',
      version: '0.1.0',
      description:
        'Search, read and traverse a sanctions and ownership graph. Every error answers {error: {code, message, details}}. ' +
        'With AUTH_MODE=token, send "Authorization: Bearer <token>"; reading needs the analyst role.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/api' }],
    components: {
      schemas: components(names),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Only when AUTH_MODE=token.' } },
    },
    paths,
  };
}

/** GET /api/openapi.json: the OpenAPI 3.1 description of every endpoint. */
export function openapiRoutes(): Router {
  const document = buildOpenApiDocument();
  const router = Router();
  router.get('/openapi.json', (_req, res) => res.json(document));
  return router;
}
