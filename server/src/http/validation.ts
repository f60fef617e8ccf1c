// Shared zod building blocks for query strings and path parameters, so every endpoint validates the same way.
import type { Request } from 'express';
import { z } from 'zod';
import { entityBaseFields, relationshipType } from '../model/schema.ts';

/** A comma-separated query value ("OWNS,CONTROLS") validated item by item. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).min(1, 'give at least one value').max(max, `give at most ${max} values`));
}

/** Relationship types from the model's allow-list; an unknown type is a 400 that lists the allowed ones. */
export const relationshipTypesParam = commaList(relationshipType, 50)
  .optional()
  .meta({
    description: `Comma-separated relationship types (default: all). Allowed: ${relationshipType.options.join(', ')}.`,
  });

/** A page size: a value above `max` is refused (400), never silently clamped, so a client knows what it gets. */
export const pageLimit = (defaultLimit: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max, `must be at most ${max}`)
    .default(defaultLimit)
    .meta({ description: `How many to return (1-${max}, default ${defaultLimit}); above ${max} is a 400.` });

export const entityIdParams = z.object({ id: entityBaseFields.id }).strict();

/** Parses a request's query string with a strict schema: unknown parameters are a 400 as well. */
export const parseQuery = <S extends z.ZodType>(schema: S, req: Request): z.infer<S> => schema.parse(req.query);
