// GET /api/screen?name=&kind=&limit=&minScore=: screen a counterparty's name against listed entities.
import { z } from 'zod';
import { searchWords } from '../db/mapping.ts';
import { exposureListing } from '../exposure/contract.ts';
import type { Contract } from '../http/operations.ts';
import { entityKind } from '../model/schema.ts';
import { entityIdentity } from '../model/shapes.ts';

export const screenQuery = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'name is required')
      .max(300)
      .refine((n) => searchWords(n).length > 0, 'must contain a letter or digit'),
    kind: entityKind.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    minScore: z.coerce.number().min(0).max(1).default(0.7),
  })
  .strict();

export const screeningMatch = z.object({
  ...entityIdentity,
  score: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: "How closely the best of the entity's names matches the screened name." }),
  matchedName: z.string(),
  matchedIsAlias: z.boolean(),
  lists: z.array(exposureListing),
});

export const screeningResult = z.object({
  name: z.string(),
  kind: entityKind.nullable(),
  minScore: z.number(),
  matches: z.array(screeningMatch),
  disclaimer: z.string(),
});

export type ScreeningMatch = z.infer<typeof screeningMatch>;
export type ScreeningResult = z.infer<typeof screeningResult>;

export const screenContract: Contract = {
  schemas: { ScreeningMatch: screeningMatch, ScreeningResult: screeningResult },
  operations: [
    {
      method: 'get',
      path: '/screen',
      operationId: 'screenName',
      summary: 'Whether a name matches a listed (sanctioned) entity: score, matched name or alias, and the lists.',
      query: screenQuery,
      responses: { 200: { description: 'Matches at or above minScore, best first.', schema: screeningResult } },
      errors: [400],
    },
  ],
};
