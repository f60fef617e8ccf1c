// GET /api/entities/:id/exposure?asOf=: sanctions exposure per regime, with the deciding holdings and chains.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityIdParams } from '../http/validation.ts';
import { entityKind, fullIsoDate } from '../model/schema.ts';

export const exposureQuery = z
  .object({
    asOf: fullIsoDate.optional().meta({
      description:
        'The day to judge on (default: today): later listings and relationships outside their dates are ignored.',
    }),
  })
  .strict();

export const exposureRegime = z.enum(['US', 'UK']);
export const exposureStatus = z.enum(['listed', 'blocked', 'possibly_exposed', 'clear']);

/** One listing of an entity by an authority of the regime. */
export const exposureListing = z.object({
  authorityId: z.string(),
  authority: z.string(),
  program: z.string().nullable(),
  listId: z.string().nullable(),
  listedOn: z.string().nullable(),
});

/** A direct holding (OWNS) or control (CONTROLS) edge that takes part in the decision. */
export const decidingHolding = z.object({
  edgeId: z.string(),
  type: z.enum(['OWNS', 'CONTROLS']),
  ownerId: z.string(),
  ownerName: z.string(),
  percentage: z.number().nullable().meta({ description: 'null when no source gives it.' }),
  /** How the owner itself stands under the regime. */
  ownerStatus: z.enum(['listed', 'blocked', 'possibly_exposed']),
});

/** A chain from a listed root owner down to the entity, each hop with its percentage. */
export const exposureChain = z.object({
  nodeIds: z.array(z.string()).meta({ description: 'From the listed root owner down to the entity.' }),
  edgeIds: z.array(z.string()),
  percentages: z.array(z.number().nullable()),
  root: z.object({ id: z.string(), name: z.string(), listings: z.array(exposureListing) }),
});

export const regimeExposure = z.object({
  regime: exposureRegime,
  rule: z.string(),
  status: exposureStatus,
  explanation: z.string().meta({
    description:
      'One sentence a person can read, e.g. "Blocked under OFAC\'s 50% rule: 30% held by X (listed ...) + ...".',
  }),
  listings: z.array(exposureListing),
  holdings: z.array(decidingHolding),
  chains: z.array(exposureChain),
  aggregatePercentage: z.number().nullable().meta({
    description:
      'Aggregate percentage the rule counts (known percentages only); null when the rule does not add up holdings.',
  }),
});

export const exposureResult = z.object({
  entity: z.object({ id: z.string(), name: z.string(), kind: entityKind }),
  asOf: z.string(),
  regimes: z.array(regimeExposure),
  scope: z
    .object({ maxDepth: z.int(), nodesExamined: z.int(), complete: z.boolean() })
    .meta({ description: 'How much of the ownership neighbourhood was examined.' }),
  disclaimer: z.string(),
});

export type ExposureRegime = z.infer<typeof exposureRegime>;
export type ExposureStatus = z.infer<typeof exposureStatus>;
export type ExposureListing = z.infer<typeof exposureListing>;
export type DecidingHolding = z.infer<typeof decidingHolding>;
export type ExposureChain = z.infer<typeof exposureChain>;
export type RegimeExposure = z.infer<typeof regimeExposure>;
export type ExposureResult = z.infer<typeof exposureResult>;

export const exposureContract: Contract = {
  schemas: {
    ExposureListing: exposureListing,
    DecidingHolding: decidingHolding,
    ExposureChain: exposureChain,
    RegimeExposure: regimeExposure,
    ExposureResult: exposureResult,
  },
  operations: [
    {
      method: 'get',
      path: '/entities/{id}/exposure',
      operationId: 'getExposure',
      summary:
        'Sanctions exposure per regime (OFAC 50% rule, UK ownership and control test), with the deciding holdings and chains.',
      description:
        'An analytical aid, not legal advice. Walks upstream OWNS/CONTROLS relationships (at most 10 hops, 2,000 entities).',
      params: entityIdParams,
      query: exposureQuery,
      responses: { 200: { description: 'The exposure under each regime.', schema: exposureResult } },
      errors: [400, 404],
    },
  ],
};
