import { errorResponses, jsonResponse, parametersOf, ref, type OpenApiFragment } from '../openapi/fragment.ts';
import { auditQuery } from './auditRoutes.ts';

const json = { description: 'The record as JSON (null before a create and after a delete).' };

export const auditOpenApi: OpenApiFragment = {
  schemas: {
    AuditEntry: {
      type: 'object',
      required: [
        'id',
        'at',
        'actor',
        'role',
        'action',
        'targetKind',
        'targetId',
        'fromEntity',
        'toEntity',
        'note',
        'before',
        'after',
        'sources',
      ],
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
        actor: { type: 'string' },
        role: { type: 'string' },
        action: { enum: ['create', 'update', 'delete', 'merge', 'import'] },
        targetKind: { enum: ['entity', 'relationship', 'list', 'investigation'] },
        targetId: { type: 'string' },
        fromEntity: { type: ['string', 'null'], description: "A relationship's start, or the entity merged away." },
        toEntity: { type: ['string', 'null'], description: "A relationship's end, or the survivor of a merge." },
        note: { type: ['string', 'null'] },
        before: json,
        after: json,
        sources: { type: 'array', items: ref('Source') },
      },
    },
  },
  paths: {
    '/audit': {
      get: {
        operationId: 'listAudit',
        summary:
          "The audit trail, newest first: an entity's own changes and its relationships' (or, without entity, the latest changes).",
        parameters: parametersOf(auditQuery, 'query'),
        responses: {
          '200': jsonResponse('The entries.', {
            type: 'object',
            required: ['entity', 'entries'],
            additionalProperties: false,
            properties: { entity: { type: ['string', 'null'] }, entries: { type: 'array', items: ref('AuditEntry') } },
          }),
          ...errorResponses(400),
        },
      },
    },
  },
};
