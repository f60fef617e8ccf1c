// What domain and query code throws when it refuses a request: the kind of refusal, a machine-readable code, a
// sentence for a person and details. It knows no HTTP: http/errors.ts turns each kind into its status, in one place.
import type { z } from 'zod';
import { describeProblems, fieldProblems, type FieldProblem } from './fieldProblems.ts';

export type Refusal =
  /** The input breaks a rule of the model or the request (400). */
  | 'invalid'
  /** The caller may see the record but not do this to it (403). */
  | 'forbidden'
  /** A record the request names does not exist (404). */
  | 'not_found'
  /** The request clashes with the current state: a stale version, a taken id, a likely duplicate (409). */
  | 'conflict'
  /** The model does not allow it: a type joining the wrong kinds, a merge breaking such a rule (422). */
  | 'not_allowed'
  /** The request lacks what it must carry, e.g. the version being changed (428). */
  | 'precondition_required';

export class DomainError extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError('not_found', 'not_found', `No ${what} with id "${id}".`, { id });

/** The one invalid_input refusal: a sentence naming the first problem, and every problem in details. */
export function invalidInput(problems: FieldProblem[]): DomainError {
  return new DomainError('invalid', 'invalid_input', `Invalid input: ${describeProblems(problems)}`, problems);
}

/** Parses with the schema or refuses as invalid_input, naming each field and rule. */
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
