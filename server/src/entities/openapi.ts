import { entityIdParams } from '../http/validation.ts';
import {
  entityIdentity,
  errorResponses,
  jsonResponse,
  parametersOf,
  ref,
  type OpenApiFragment,
} from '../openapi/fragment.ts';

export const entitiesOpenApi: OpenApiFragment = {
  schemas: {
    Entity: {
      type: 'object',
      description:
        "Every stored property of the entity (the kind's fields, confidence, notes, version...), sources decoded.",
      required: ['id', 'name', 'kind', 'aliases', 'sources'],
      properties: {
        ...entityIdentity(),
        aliases: { type: 'array', items: { type: 'string' } },
        sources: { type: 'array', items: ref('Source') },
      },
    },
    SanctionSummary: {
      type: 'object',
      required: ['authorityId', 'authority', 'program', 'listId', 'listedOn', 'sources'],
      additionalProperties: false,
      properties: {
        authorityId: { type: 'string' },
        authority: { type: 'string' },
        program: { type: ['string', 'null'] },
        listId: { type: ['string', 'null'] },
        listedOn: { type: ['string', 'null'] },
        sources: { type: 'array', items: ref('Source') },
      },
    },
    RelationshipCount: {
      type: 'object',
      required: ['type', 'direction', 'count'],
      additionalProperties: false,
      properties: {
        type: ref('RelationshipType'),
        direction: { enum: ['out', 'in'] },
        count: { type: 'integer', minimum: 1 },
      },
    },
    EntityDetail: {
      type: 'object',
      required: ['entity', 'sanctions', 'relationshipCounts', 'degree', 'sanctioned'],
      additionalProperties: false,
      properties: {
        entity: ref('Entity'),
        sanctions: { type: 'array', items: ref('SanctionSummary') },
        relationshipCounts: {
          type: 'array',
          items: ref('RelationshipCount'),
          description: 'Non-zero counts per type and direction.',
        },
        degree: { type: 'integer', minimum: 0 },
        sanctioned: { type: 'boolean' },
      },
    },
  },
  paths: {
    '/entities/{id}': {
      get: {
        operationId: 'getEntity',
        summary: 'One entity: properties, aliases, sources, sanctions and relationship counts by type and direction.',
        parameters: parametersOf(entityIdParams, 'path'),
        responses: { '200': jsonResponse('The entity.', ref('EntityDetail')), ...errorResponses(400, 404) },
      },
    },
  },
};
