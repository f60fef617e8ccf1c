// The exposure answer's shape, once: zod schemas the OpenAPI document is derived from, types by z.infer.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityIdParams } from '../http/validation.ts';
import { entityKind, fullIsoDate, sourceSchema } from '../model/schema.ts';
import { dataWarning } from '../model/shapes.ts';

export const exposureQuery = z
  .object({
    asOf: fullIsoDate.optional().meta({
      description:
        'The day to judge on (default: today): later listings and relationships outside their dates are ignored.',
    }),
  })
  .strict();

export const exposureRegime = z.enum(['US', 'UK', 'EU', 'UN']);
export type ExposureRegime = z.infer<typeof exposureRegime>;

export const exposureStatus = z.enum([
  'listed',
  'possibly_listed',
  'blocked',
  'possibly_exposed',
  'undetermined',
  'clear',
]);
export type ExposureStatus = z.infer<typeof exposureStatus>;

const nullableString = z.string().nullable();

/** One listing of an entity by an authority (the shape screening shares). */
export const exposureListing = z.object({
  authorityId: z.string(),
  authority: z.string(),
  program: nullableString.meta({ description: 'null when the list gives no program (unknown).' }),
  listId: nullableString,
  listedOn: nullableString,
});
export type ExposureListing = z.infer<typeof exposureListing>;

/** A listing of the regime as it stands on asOf: how sure its date makes it, and whether its program blocks. */
export const regimeListing = exposureListing.extend({
  listEditions: z.array(z.string()).meta({ description: 'Dates of the list files it was seen in, oldest first.' }),
  dating: z.enum(['in_force', 'in_force_date_unknown', 'possibly_in_force']).meta({
    description:
      'in_force: dated on or before asOf, or seen in a list file of or before asOf; in_force_date_unknown: entered by hand without a date; possibly_in_force: its date is unknown (or partial) and asOf is before the first list file that contained it.',
  }),
  blocking: z.enum(['blocking', 'non_blocking', 'program_unknown']),
  note: z.string().meta({ description: 'The listing in words, with what is unknown about it.' }),
});
export type RegimeListing = z.infer<typeof regimeListing>;

/** One report of a stake: a recorded holding with its percentage and its sources. */
export const stakeReport = z.object({
  edgeId: z.string(),
  percentage: z.number().nullable(),
  sources: z.array(sourceSchema),
});

/** A stake (OWNS, all reports of one owner's holding in the asset counted once) or a control (CONTROLS). */
export const decidingHolding = z.object({
  edgeId: z.string(),
  type: z.enum(['OWNS', 'CONTROLS']),
  ownerId: z.string(),
  ownerName: z.string(),
  percentage: z
    .number()
    .nullable()
    .meta({ description: 'The lowest reported percentage; null when no source gives one.' }),
  highestPercentage: z.number().nullable().meta({ description: 'Differs from percentage when reports conflict.' }),
  conflict: z.boolean().meta({ description: 'The reports of this stake give different percentages.' }),
  reports: z.array(stakeReport),
  ownerStatus: z.enum(['listed', 'possibly_listed', 'blocked', 'possibly_exposed']),
});
export type DecidingHolding = z.infer<typeof decidingHolding>;

export const exposureChain = z.object({
  nodeIds: z.array(z.string()).meta({ description: 'From the listed root owner down to the entity.' }),
  edgeIds: z.array(z.string()),
  percentages: z.array(z.number().nullable()),
  root: z.object({ id: z.string(), name: z.string(), listings: z.array(regimeListing) }),
});
export type ExposureChain = z.infer<typeof exposureChain>;

export const guidanceCited = z.object({
  rule: z.enum(['ownership', 'indirect', 'aggregation', 'control']),
  text: z.string(),
  source: z.string(),
  verbatim: z.boolean(),
});

export const regimeExposure = z.object({
  regime: exposureRegime,
  rule: z.string(),
  status: exposureStatus,
  explanation: z.string(),
  listings: z.array(regimeListing),
  holdings: z.array(decidingHolding),
  chains: z.array(exposureChain),
  aggregatePercentage: z
    .number()
    .nullable()
    .meta({ description: 'What the rule counts at the lowest reported values; null when it adds nothing up.' }),
  aggregateMaximum: z.number().nullable().meta({
    description: 'The most it could be (highest reported values, unknown stakes at what the others leave of 100%).',
  }),
  guidance: z.array(guidanceCited).meta({ description: 'The sentences of guidance the rule comes from.' }),
});
export type RegimeExposure = z.infer<typeof regimeExposure>;

export const walkBound = z.enum(['depth', 'entities', 'time']);
export type WalkBound = z.infer<typeof walkBound>;

export const exposureScope = z.object({
  maxDepth: z.number().int(),
  maxEntities: z.number().int(),
  maxMilliseconds: z.number().int(),
  nodesExamined: z.number().int(),
  complete: z.boolean(),
  boundHit: walkBound.nullable().meta({ description: 'Which bound cut the walk upstream short, if any.' }),
  stoppedAt: z
    .object({
      depth: z.number().int(),
      entityIds: z.array(z.string()).meta({ description: 'Entities whose owners were not looked at (at most 20).' }),
    })
    .nullable(),
});
export type ExposureScope = z.infer<typeof exposureScope>;

export const exposureResult = z.object({
  entity: z.object({ id: z.string(), name: z.string(), kind: entityKind }),
  asOf: z.string(),
  regimes: z.array(regimeExposure),
  scope: exposureScope,
  dataWarnings: z.array(dataWarning).meta({
    description: 'Recorded data that cannot all be true, for the entity and the owners walked (e.g. stakes over 100%).',
  }),
  disclaimer: z.string(),
});
export type ExposureResult = z.infer<typeof exposureResult>;

export const exposureContract: Contract = {
  schemas: { ExposureListing: exposureListing, ExposureResult: exposureResult },
  operations: [
    {
      method: 'get',
      path: '/entities/{id}/exposure',
      operationId: 'getExposure',
      summary:
        'Sanctions exposure per regime (OFAC 50% rule, UK ownership and control test, EU ownership and control criteria, UN Security Council listings), with the deciding holdings and chains.',
      description:
        'An analytical aid, not legal advice. Walks upstream OWNS/CONTROLS relationships within bounded depth, entities and time; a walk cut short answers undetermined instead of clear.',
      params: entityIdParams,
      query: exposureQuery,
      responses: { 200: { description: 'The exposure under each regime.', schema: exposureResult } },
      errors: [400, 404],
    },
  ],
};
