import { entityIdParams } from '../http/validation.ts';
import { errorResponses, jsonResponse, parametersOf, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { exposureQuery } from './exposureRoutes.ts';

const nullableString = { type: ['string', 'null'] };

export const exposureOpenApi: OpenApiFragment = {
  schemas: {
    ExposureListing: {
      type: 'object',
      required: ['authorityId', 'authority', 'program', 'listId', 'listedOn'],
      additionalProperties: false,
      properties: {
        authorityId: { type: 'string' },
        authority: { type: 'string' },
        program: nullableString,
        listId: nullableString,
        listedOn: nullableString,
      },
    },
    DecidingHolding: {
      type: 'object',
      required: ['edgeId', 'type', 'ownerId', 'ownerName', 'percentage', 'ownerStatus'],
      additionalProperties: false,
      properties: {
        edgeId: { type: 'string' },
        type: { enum: ['OWNS', 'CONTROLS'] },
        ownerId: { type: 'string' },
        ownerName: { type: 'string' },
        percentage: { type: ['number', 'null'], description: 'null when no source gives it.' },
        ownerStatus: { enum: ['listed', 'blocked', 'possibly_exposed'] },
      },
    },
    ExposureChain: {
      type: 'object',
      required: ['nodeIds', 'edgeIds', 'percentages', 'root'],
      additionalProperties: false,
      properties: {
        nodeIds: {
          type: 'array',
          items: { type: 'string' },
          description: 'From the listed root owner down to the entity.',
        },
        edgeIds: { type: 'array', items: { type: 'string' } },
        percentages: { type: 'array', items: { type: ['number', 'null'] } },
        root: {
          type: 'object',
          required: ['id', 'name', 'listings'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            listings: { type: 'array', items: ref('ExposureListing') },
          },
        },
      },
    },
    RegimeExposure: {
      type: 'object',
      required: ['regime', 'rule', 'status', 'explanation', 'listings', 'holdings', 'chains', 'aggregatePercentage'],
      additionalProperties: false,
      properties: {
        regime: { enum: ['US', 'UK'] },
        rule: { type: 'string' },
        status: { enum: ['listed', 'blocked', 'possibly_exposed', 'clear'] },
        explanation: { type: 'string' },
        listings: { type: 'array', items: ref('ExposureListing') },
        holdings: { type: 'array', items: ref('DecidingHolding') },
        chains: { type: 'array', items: ref('ExposureChain') },
        aggregatePercentage: { type: ['number', 'null'] },
      },
    },
    ExposureResult: {
      type: 'object',
      required: ['entity', 'asOf', 'regimes', 'scope', 'disclaimer'],
      additionalProperties: false,
      properties: {
        entity: {
          type: 'object',
          required: ['id', 'name', 'kind'],
          additionalProperties: false,
          properties: { id: { type: 'string' }, name: { type: 'string' }, kind: ref('EntityKind') },
        },
        asOf: { type: 'string' },
        regimes: { type: 'array', items: ref('RegimeExposure') },
        scope: {
          type: 'object',
          required: ['maxDepth', 'nodesExamined', 'complete'],
          additionalProperties: false,
          properties: {
            maxDepth: { type: 'integer' },
            nodesExamined: { type: 'integer' },
            complete: { type: 'boolean' },
          },
        },
        disclaimer: { type: 'string' },
      },
    },
  },
  paths: {
    '/entities/{id}/exposure': {
      get: {
        operationId: 'getExposure',
        summary:
          'Sanctions exposure per regime (OFAC 50% rule, UK ownership and control test), with the deciding holdings and chains.',
        description:
          'An analytical aid, not legal advice. Walks upstream OWNS/CONTROLS relationships (at most 10 hops, 2,000 entities).',
        parameters: [...parametersOf(entityIdParams, 'path'), ...parametersOf(exposureQuery, 'query')],
        responses: {
          '200': jsonResponse('The exposure under each regime.', ref('ExposureResult')),
          ...errorResponses(400, 404),
        },
      },
    },
  },
};
