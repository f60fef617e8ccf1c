// Schemas shared by every capability's responses: nodes, edges, sources and the uniform error body.
import { ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../model/schema.ts';
import { entityIdentity, type JsonSchema } from './fragment.ts';

export const sharedSchemas: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    required: ['error'],
    additionalProperties: false,
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'details'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', description: 'Machine-readable, e.g. invalid_input, not_found, malformed_json.' },
          message: { type: 'string', description: 'What went wrong, for a person.' },
          details: {
            description: 'For invalid_input: [{path, message, code}] per problem; otherwise an object or null.',
          },
        },
      },
    },
  },
  EntityKind: { type: 'string', enum: ENTITY_KIND_NAMES },
  RelationshipType: { type: 'string', enum: RELATIONSHIP_TYPE_NAMES },
  Source: {
    type: 'object',
    required: ['publisher', 'date'],
    properties: {
      url: { type: 'string' },
      reference: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
    },
  },
  GraphNode: {
    type: 'object',
    description: 'What the canvas needs to draw a node.',
    required: ['id', 'name', 'kind', 'sanctioned', 'degree'],
    additionalProperties: false,
    properties: {
      ...entityIdentity(),
      sanctioned: { type: 'boolean', description: 'Listed directly by an authority (has a SANCTIONED_BY edge).' },
      degree: { type: 'integer', minimum: 0, description: 'Total number of relationships, both directions.' },
    },
  },
  GraphEdge: {
    type: 'object',
    description:
      'A relationship with its properties (percentage, program, listId, listedOn, role, dates, confidence, sources...).',
    required: ['id', 'type', 'source', 'target', 'sources'],
    properties: {
      id: { type: 'string' },
      type: { $ref: '#/components/schemas/RelationshipType' },
      source: { type: 'string', description: 'Id of the start node.' },
      target: { type: 'string', description: 'Id of the end node.' },
      sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } },
      percentage: { type: 'number' },
      program: { type: 'string' },
      listId: { type: 'string' },
      listedOn: { type: 'string' },
      role: { type: 'string' },
      startDate: { type: 'string' },
      endDate: { type: 'string' },
      confidence: { type: 'string', enum: ['high', 'medium', 'low'] },
    },
  },
};
