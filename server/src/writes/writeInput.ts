// Turns zod failures of a write body into the uniform invalid_input error, one detail per field and rule.
import type { z } from 'zod';
import { ApiError } from '../http/errors.ts';
import { fieldProblems, type FieldProblem } from '../model/fieldProblems.ts';

export function invalidInput(problems: FieldProblem[]): ApiError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const where = first.path ? `${first.path} ` : '';
  return new ApiError(400, 'invalid_input', `Invalid input: ${where}${first.message}${more}`, problems);
}

/** Parses with the shared schema or throws invalid_input naming each field and rule. */
export function parseOrInvalid<S extends z.ZodType>(
  schema: S,
  input: unknown,
  allowedFields: readonly string[] = [],
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(fieldProblems(result.error.issues, allowedFields));
}

/** A JSON object body, or invalid_input. */
export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidInput([{ path: '', message: 'the request body must be a JSON object' }]);
  }
  return body as Record<string, unknown>;
}

/** One of a fixed list (an entity kind, a relationship type), or invalid_input listing the list. */
export function parseChoice<T extends string>(value: unknown, choices: readonly T[], path: string): T {
  if ((choices as readonly unknown[]).includes(value)) return value as T;
  const rule = `must be one of ${choices.join(', ')}`;
  throw invalidInput([{ path, message: value === undefined ? `is required (${rule})` : rule }]);
}
