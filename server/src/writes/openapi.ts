// OpenAPI building blocks shared by the editing endpoints: bodies of PATCH and DELETE, and their error answers.
import { entityBaseFields } from '../model/schema.ts';
import { errorResponses, jsonResponse, ref, type JsonSchema } from '../openapi/fragment.ts';
import { versionField } from './changeInput.ts';
import { z } from 'zod';

const WRITE_ERRORS: Record<number, string> = {
  403: 'Writing needs the investigator role (`forbidden`).',
  409: 'Conflict: `version_conflict` (details.current holds the current state), `id_taken`, `likely_duplicate` (details.candidates), `has_relationships` (details.total, details.byType).',
  422: 'The relationship type cannot join these kinds (`endpoints_not_allowed`) or an entity to itself (`self_relationship`), or a merge would break such a rule (`merge_not_allowed`).',
  428: 'The version being changed was not sent (`version_required`): send it in the body or as If-Match.',
};

/** The uniform error answers of a write, with the conflicts writes can meet described. */
export function writeErrorResponses(...statuses: number[]): Record<string, JsonSchema> {
  const described = statuses.filter((s) => WRITE_ERRORS[s]);
  return {
    ...errorResponses(...statuses.filter((s) => !WRITE_ERRORS[s]), 403),
    ...Object.fromEntries(described.map((s) => [String(s), jsonResponse(WRITE_ERRORS[s], ref('Error'))])),
  };
}

/** A PATCH body: the fields to change (null removes one), the version and the sources of the change. */
export const patchBody = z.looseObject({ version: versionField.optional(), sources: entityBaseFields.sources }).meta({
  description:
    'Fields to change, validated with the whole record; null removes a field. The sources cited are added to the record.',
});

export const ifMatchHeader: JsonSchema = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'The version being changed, e.g. "3" (alternative to the body\'s version).',
  schema: { type: 'string' },
};

export const cascadeParam: JsonSchema = {
  name: 'cascade',
  in: 'query',
  required: false,
  description: 'true to delete the entity together with its relationships (each recorded in the audit trail).',
  schema: { type: 'string', enum: ['true', 'false'] },
};

/** A request body that is one of several schemas (one per kind or type). */
export const oneOfSchemas = (schemas: z.ZodType[]) =>
  z.union(schemas as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

/** The id of a new record may be left out: the server then generates one. */
export const optionalId = { id: entityBaseFields.id.optional() };
