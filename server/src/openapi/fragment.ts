// What a capability contributes to the OpenAPI document, and helpers to describe parameters and responses.
// Query and path parameters are derived from the same zod schemas the routes validate with, so they cannot drift.
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

export interface OpenApiFragment {
  /** OpenAPI path items keyed by path template, e.g. "/entities/{id}" (relative to the server url /api). */
  paths: Record<string, Record<string, unknown>>;
  /** Named schemas for components.schemas, referenced as ref('Name'). */
  schemas?: Record<string, JsonSchema>;
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** The id, name and kind every entity-shaped answer (node, hit, match, candidate) starts with. */
export const entityIdentity = (): Record<string, JsonSchema> => ({
  id: { type: 'string' },
  name: { type: 'string' },
  kind: ref('EntityKind'),
});

function toSchema(field: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return schema;
}

/** OpenAPI parameters for a zod object validating `in` (query or path). */
export function parametersOf(schema: z.ZodObject, location: 'query' | 'path'): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = toSchema(field as z.ZodType);
    const { description, ...rest } = fieldSchema;
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: location,
      required: location === 'path' || !optional,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** A JSON request body described by the zod schema the route validates it with. */
export const jsonBody = (schema: z.ZodType, description: string): JsonSchema => ({
  required: true,
  description,
  content: { 'application/json': { schema: toSchema(schema) } },
});

export const jsonResponse = (description: string, schema: JsonSchema): JsonSchema => ({
  description,
  content: { 'application/json': { schema } },
});

const ERROR_MEANINGS: Record<number, string> = {
  400: 'Invalid input (`invalid_input` with one entry per problem in details, `malformed_json`, `invalid_cursor`).',
  401: 'No or invalid bearer token (token mode only).',
  403: "The caller's role is too low.",
  404: 'No entity with that id (`not_found`).',
  413: 'The request body is too large.',
  503: 'Neo4j is not reachable.',
  504: 'The query took too long and was cut off.',
};

/** The uniform error responses of an operation; 401, 503 and 504 apply to every read endpoint. */
export function errorResponses(...statuses: number[]): Record<string, JsonSchema> {
  const all = [...new Set([...statuses, 401, 503, 504])].sort();
  return Object.fromEntries(
    all.map((status) => [String(status), jsonResponse(ERROR_MEANINGS[status] ?? 'Error.', ref('Error'))]),
  );
}
