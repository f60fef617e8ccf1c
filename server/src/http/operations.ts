// What a capability's contract declares about each of its endpoints: the operation's facts (method, path, id,
// summary, error statuses) and the zod schemas of its request and responses. The OpenAPI document is derived from
// these (server/src/openapiDocument.ts), and routes validate with the same request schemas, so neither can drift.
import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** A JSON answer described by its zod schema, and the other media types it may be asked for (e.g. ?format=csv). */
export interface JsonAnswer {
  description: string;
  schema: z.ZodType;
  files?: Record<string, string>;
}

/** A file answer: the media types it may come in, each with what it holds. */
export interface FileAnswer {
  description: string;
  files: Record<string, string>;
}

export interface Operation {
  method: HttpMethod;
  /** OpenAPI path template relative to /api, e.g. "/entities/{id}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: {
    description: string;
    schema: z.ZodType;
    /** The body may also be the file itself, read as a plain string: its media types and its largest size. */
    file?: FileBody;
    /** The body may be left out. */
    optional?: boolean;
    /** The largest JSON body, where it may pass the JSON_BODY_LIMIT of other requests (Express's form, e.g. '12mb'). */
    limit?: string;
  };
  /** The success answers (and any error answer whose body is not the uniform error). */
  responses: Record<number, JsonAnswer | FileAnswer>;
  /** Statuses of the uniform error body this operation can answer, beyond 401, 503 and 504 that any may. */
  errors: number[];
  /** What an error status means for this operation, where it says more than ERROR_MEANINGS. */
  errorMeanings?: Record<number, string>;
  /** Open to everyone (no token needed) and answering its own 503: no uniform 401/503/504. */
  open?: boolean;
  /** A write that takes an Idempotency-Key (http/idempotency.ts): the document adds the header, its 400 and 422. */
  idempotent?: boolean;
}

/** A file sent as the body itself (text/csv, JSON lines, XML), which may be larger than any JSON body. */
export interface FileBody {
  types: string[];
  /** Express's form, e.g. '20mb'. */
  limit: string;
}

/** How large a JSON body may be, unless its operation's contract says otherwise (body.limit). */
export const JSON_BODY_LIMIT = '2mb';

/** One capability's contract: its operations, and the response shapes it names in the document's components. */
export interface Contract {
  /** The prefix the paths are served under when it is not /api (e.g. "/yente"). */
  server?: string;
  /** Named shapes, referenced with $ref wherever they occur in any response. */
  schemas?: Record<string, z.ZodType>;
  operations: Operation[];
}

/** What each error status means, for the document; the uniform body is the same for all. */
export const ERROR_MEANINGS: Record<number, string> = {
  400: 'Invalid input (`invalid_input` with one entry per problem in details, `malformed_json`, `invalid_cursor`).',
  401: 'No or invalid bearer token (token mode only).',
  403: "The caller's role is too low (`forbidden`): writing needs the investigator role, importing the admin role.",
  404: 'No entity with that id (`not_found`).',
  409: 'Conflict: `version_conflict` (details.current holds the current state), `id_taken`, `likely_duplicate` (details.candidates), `has_relationships` (details.total, details.byType).',
  413: 'The request body is too large.',
  422: 'The relationship type cannot join these kinds (`endpoints_not_allowed`) or an entity to itself (`self_relationship`), or a merge would break such a rule (`merge_not_allowed`).',
  428: 'The version being changed was not sent (`version_required`): send it in the body or as If-Match.',
  503: 'Neo4j is not reachable.',
  504: 'The query took too long and was cut off.',
};

/** What the 422 of a write that takes an Idempotency-Key adds to the operation's own 422, if any. */
export const IDEMPOTENCY_KEY_REUSED =
  'The Idempotency-Key was already used for a different request (`idempotency_key_reused`).';

/** Statuses any authenticated read or write can answer. */
export const COMMON_ERRORS = [401, 503, 504];
