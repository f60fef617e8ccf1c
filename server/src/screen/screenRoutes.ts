// GET /api/screen?name=&kind=&birthDate=&nationality=&identifier=&limit=&minScore=: screen a counterparty's name
// against listed entities.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { countryCode, entityKind, isoDate } from '../model/schema.ts';
import { nameWords } from '../names/index.ts';
import { screenName } from './screenNames.ts';

export const screenedName = z
  .string()
  .trim()
  .min(1, 'name is required')
  .max(300)
  .refine((n) => nameWords(n).length > 0, 'must contain a letter or digit');

export const screenQuery = z
  .object({
    name: screenedName,
    kind: entityKind.optional(),
    birthDate: isoDate
      .optional()
      .meta({ description: 'Date or year of birth; a contradicting year lowers the score.' }),
    nationality: countryCode.optional().meta({ description: 'ISO 3166-1 alpha-2 code, e.g. KH.' }),
    identifier: z
      .string()
      .max(100)
      .optional()
      .meta({ description: 'A passport, national id or registration number; a match decides.' }),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    minScore: z.coerce.number().min(0).max(1).default(0.7),
  })
  .strict();

export function screenRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/screen', async (req, res) => {
    const { name, kind, birthDate, nationality, identifier, limit, minScore } = screenQuery.parse(req.query);
    const query = {
      name,
      kinds: kind ? [kind] : null,
      birthDates: birthDate ? [birthDate] : [],
      nationalities: nationality ? [nationality] : [],
      identifiers: identifier ? [identifier] : [],
    };
    res.json(await screenName(db, query, { limit, minScore }));
  });
  return router;
}
