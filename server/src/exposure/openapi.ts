import { z } from 'zod';
import { entityIdParams } from '../http/validation.ts';
import {
  errorResponses,
  jsonResponse,
  parametersOf,
  ref,
  type JsonSchema,
  type OpenApiFragment,
} from '../openapi/fragment.ts';
import { exposureListing, exposureResult } from './contract.ts';
import { exposureQuery } from './exposureRoutes.ts';
import { DEFAULT_LIMITS } from './loadNeighbourhood.ts';

const schemaOf = (schema: z.ZodType): JsonSchema => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;
  return json;
};

export const exposureOpenApi: OpenApiFragment = {
  schemas: { ExposureListing: schemaOf(exposureListing.strict()), ExposureResult: schemaOf(exposureResult) },
  paths: {
    '/entities/{id}/exposure': {
      get: {
        operationId: 'getExposure',
        summary:
          'Sanctions exposure per regime (OFAC 50% rule, UK ownership and control test, EU ownership and control criteria), with the deciding holdings and chains.',
        description: `An analytical aid, not legal advice. Walks upstream OWNS/CONTROLS relationships (at most ${DEFAULT_LIMITS.maxDepth} hops, ${DEFAULT_LIMITS.maxEntities.toLocaleString('en')} entities, ${DEFAULT_LIMITS.maxMilliseconds / 1000} s); a walk cut short answers undetermined instead of clear.`,
        parameters: [...parametersOf(entityIdParams, 'path'), ...parametersOf(exposureQuery, 'query')],
        responses: {
          '200': jsonResponse('The exposure under each regime.', ref('ExposureResult')),
          ...errorResponses(400, 404),
        },
      },
    },
  },
};
