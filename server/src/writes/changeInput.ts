// What every write carries besides its fields: the sources that support it, and field rules shared by writes.
import { z } from 'zod';
import { entityBaseFields, sourceKey, type Source } from '../model/schema.ts';
import { invalidInput, parseOrInvalid } from '../model/domainErrors.ts';

const changeSources = z.object({ sources: entityBaseFields.sources });

/** The sources a change cites: at least one, each with a url or a reference, a publisher and a date. */
export function parseChangeSources(sources: unknown): Source[] {
  return parseOrInvalid(changeSources, { sources }).sources;
}

/** The version a change expects to find; the same rule for PATCH, DELETE and merge. */
export const versionField = z
  .number()
  .int()
  .positive()
  .meta({ description: 'The version being changed (or send it as If-Match: "<version>").' });

/** A body of a DELETE: the version being deleted and the sources that justify it; nothing else. */
export const deleteBody = z.object({ version: versionField.optional(), sources: entityBaseFields.sources }).strict();

/** A PATCH body: the fields to change (null removes one), the version and the sources of the change. */
export const patchBody = z.looseObject({ version: versionField.optional(), sources: entityBaseFields.sources }).meta({
  description:
    'Fields to change, validated with the whole record; null removes a field. The sources cited are added to the record.',
});

/** The If-Match header a PATCH or DELETE may send instead of the body's version. */
export const versionHeaders = z.object({
  'If-Match': z
    .string()
    .optional()
    .meta({ description: 'The version being changed, e.g. "3" (alternative to the body\'s version).' }),
});

/** A request body that is one of several schemas (one per kind or type). */
export const oneOfSchemas = (schemas: z.ZodType[]) =>
  z.union(schemas as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

/** The id of a new record may be left out: the server then generates one. */
export const optionalId = { id: entityBaseFields.id.optional() };

/** Sources of a record plus newly cited ones, each document once (see sourceKey); the schema then caps them. */
export function unionSources(existing: Source[], added: Source[]): Source[] {
  const seen = new Set(existing.map(sourceKey));
  return [...existing, ...added.filter((s) => !seen.has(sourceKey(s)) && seen.add(sourceKey(s)))];
}

/** Refuses a change to a field that identifies the record (id, kind, type, endpoints). */
export function refuseChangeOf(
  changes: Record<string, unknown>,
  current: Record<string, unknown>,
  fields: string[],
  hint: string,
): void {
  const problems = fields
    .filter((f) => f in changes && changes[f] !== current[f])
    .map((f) => ({ path: f, message: `cannot be changed (${hint})` }));
  if (problems.length) throw invalidInput(problems);
}

/** The parsed `?cascade=` flag; only "true" and "false" mean something. */
export function parseBooleanFlag(value: unknown, name: string): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalidInput([{ path: name, message: 'must be true or false' }]);
}

export interface Patch {
  changes: Record<string, unknown>;
  /** The sources this change cites; they join the record's sources. */
  sources: Source[];
}

/** Splits a PATCH body into its changes and the sources it cites (the version is read separately). */
export function parsePatch(body: Record<string, unknown>): Patch {
  const { version: _version, sources, ...changes } = body;
  return { changes, sources: parseChangeSources(sources) };
}

/**
 * The record after a JSON merge patch (a null removes a field), restricted to the fields its schema knows, with
 * the cited sources added; `removed` lists the stored fields the patch drops. The caller validates the result.
 */
export function mergePatch(
  current: Record<string, unknown> & { sources: Source[] },
  patch: Patch,
  allowed: string[],
  what: string,
) {
  const unknown = Object.keys(patch.changes).filter((key) => !allowed.includes(key));
  if (unknown.length) {
    throw invalidInput(
      unknown.map((path) => ({ path, message: `is not a known field of ${what} (allowed: ${allowed.join(', ')})` })),
    );
  }
  const base = Object.fromEntries(Object.entries(current).filter(([key]) => allowed.includes(key)));
  const merged: Record<string, unknown> = { ...base, ...patch.changes };
  const nulled = Object.keys(patch.changes).filter((key) => patch.changes[key] === null);
  for (const key of nulled) delete merged[key];
  merged.sources = unionSources(current.sources, patch.sources);
  return { merged, removed: nulled.filter((key) => key in base) };
}

/** Node or relationship properties for a write: nulls remove the dropped fields (SET x += $props). */
export const withRemovals = (props: Record<string, unknown>, removed: string[]) => ({
  ...props,
  ...Object.fromEntries(removed.map((key) => [key, null])),
});
