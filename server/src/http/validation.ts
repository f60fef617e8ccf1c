// Shared zod building blocks for query strings and path parameters, so every endpoint validates the same way.
import type { Request } from 'express';
import { z } from 'zod';
import { entityBaseFields, relationshipType } from '../model/schema.ts';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One item of a comma list as a regular expression: an enum's values, a string's own pattern, or any text. */
function itemPattern(item: z.ZodType): string {
  const schema = z.toJSONSchema(item, { io: 'input', unrepresentable: 'any' }) as { enum?: string[]; pattern?: string };
  if (schema.enum) return schema.enum.map(escapeRegex).join('|');
  if (schema.pattern) return schema.pattern.replace(/^\^/, '').replace(/\$$/, '');
  return '[^\\s,](?:[^,]*[^\\s,])?';
}

/** The items of a comma list: trimmed, blank ones skipped. */
const splitList = (s: string) =>
  s
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/**
 * A comma-separated query value ("OWNS,CONTROLS"): its shape is a pattern (at least one valid item; blank items
 * between commas are skipped) that the document shows and the schema checks; then the items' count and lengths.
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  const one = `(?:${itemPattern(item)})`;
  const pattern = new RegExp(`^[\\s,]*${one}(?:\\s*,[\\s,]*${one})*[\\s,]*$`);
  const items = z
    .string()
    .transform(splitList)
    .pipe(z.array(item).min(1, 'give at least one value').max(max, `give at most ${max} values`));
  return z
    .string()
    .meta({ pattern: pattern.source })
    .superRefine((s, ctx) => {
      if (pattern.test(s)) return;
      // What the pattern refuses, the items' own checks refuse too, and they name the item and its rule.
      const issues = items.safeParse(s).error?.issues ?? [];
      for (const issue of issues.length ? issues : [{ code: 'custom' as const, message: 'is not a comma list' }])
        ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    })
    .pipe(items);
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
