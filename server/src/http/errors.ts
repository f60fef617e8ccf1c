// The one error shape every endpoint answers with: {error: {code, message, details}}, and the one mapping of what
// routes and domain code throw (domain refusals, zod failures, driver errors) to it. HTTP errors live here and in routes.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { ZodError } from 'zod';
import { isTimedOut, isUnavailable } from '../db/graphDb.ts';
import { DomainError, invalidInput, type Refusal } from '../model/domainErrors.ts';
import { fieldProblems } from '../model/fieldProblems.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

/** The one place a domain refusal becomes an HTTP status. */
const STATUS_OF: Record<Refusal, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  not_allowed: 422,
  precondition_required: 428,
};

/** Maps anything thrown in a route to the uniform error body with the right status. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return toApiError(invalidInput(fieldProblems(error.issues)));
  if (error instanceof DomainError)
    return new ApiError(STATUS_OF[error.refusal], error.code, error.message, error.details);
  const e = error as { type?: string; status?: number; code?: string; message?: string };
  if (e?.type === 'entity.parse.failed')
    return new ApiError(400, 'malformed_json', 'The request body is not valid JSON.', null);
  if (e?.type === 'entity.too.large')
    return new ApiError(413, 'payload_too_large', 'The request body is too large.', null);
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new ApiError(e.status, 'bad_request', e.message ?? 'Bad request.', null);
  }
  if (isUnavailable(error)) {
    return new ApiError(503, 'neo4j_unavailable', 'The graph database is not reachable.', null);
  }
  // A concurrent create of the same id loses at commit, on a unique constraint.
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ApiError(409, 'id_taken', 'A record with this id already exists.', null);
  }
  if (isTimedOut(error)) {
    return new ApiError(504, 'query_timeout', 'The query took too long and was cut off.', null);
  }
  return new ApiError(500, 'internal_error', 'Something went wrong on the server.', null);
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const apiError = toApiError(error);
  if (apiError.status >= 500) req.log?.error({ err: error }, 'request failed');
  res
    .status(apiError.status)
    .json({ error: { code: apiError.code, message: apiError.message, details: apiError.details } });
};

/** A path no route answered: 405 with Allow when the path exists with other methods, else 404. */
export const unknownRoute =
  (allowedMethods: (path: string) => string[] | null): RequestHandler =>
  (req, res, next) => {
    const endpoint = `${req.method} ${req.originalUrl.split('?')[0]}`;
    const allowed = allowedMethods(req.path);
    if (!allowed) return next(new ApiError(404, 'no_such_endpoint', `No endpoint ${endpoint}.`, null));
    res.set('Allow', allowed.join(', '));
    next(
      new ApiError(405, 'method_not_allowed', `No endpoint ${endpoint}; this path answers ${allowed.join(', ')}.`, {
        allowed,
      }),
    );
  };
