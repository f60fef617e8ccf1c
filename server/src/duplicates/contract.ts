// POST /api/entities/check: likely existing matches for an entity about to be created.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { countryCode, entityBaseFields, entityKind, isoDate } from '../model/schema.ts';
import { entityIdentity } from '../model/shapes.ts';

// A form may send its whole draft; only these fields matter to the comparison, the rest is ignored.
export const duplicateCheck = z.object({
  name: entityBaseFields.name,
  kind: entityKind.optional(),
  birthDate: isoDate.optional(),
  jurisdiction: countryCode.optional(),
});

/** An existing entity that a new one is likely to duplicate. */
export const duplicateCandidate = z.object({
  ...entityIdentity,
  sanctioned: z.boolean(),
  matchedName: z.string().meta({ description: 'The name or alias of the candidate that matched best.' }),
  similarity: z.number().min(0).max(1),
  reasons: z.array(z.string()).meta({ description: 'e.g. "same name", "same kind (Person)", "same birth date".' }),
});

export const duplicateCandidates = z.object({ candidates: z.array(duplicateCandidate) });

export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;

export const duplicatesContract: Contract = {
  schemas: { DuplicateCandidate: duplicateCandidate, DuplicateCandidates: duplicateCandidates },
  operations: [
    {
      method: 'post',
      path: '/entities/check',
      operationId: 'checkDuplicates',
      summary:
        'Likely existing matches for an entity about to be created: fuzzy name, then kind, birth date and jurisdiction.',
      body: { description: 'The draft entity; fields other than these are ignored.', schema: duplicateCheck },
      responses: {
        200: {
          description: 'The likely duplicates, most similar first (empty when none).',
          schema: duplicateCandidates,
        },
      },
      errors: [400, 403],
    },
  ],
};
