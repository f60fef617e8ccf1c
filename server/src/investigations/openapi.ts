// The investigations' OpenAPI fragment, derived from the zod contract so the document cannot drift from the routes.
import { z } from 'zod';
import {
  errorResponses,
  jsonBody,
  jsonResponse,
  parametersOf,
  ref,
  type JsonSchema,
  type OpenApiFragment,
} from '../openapi/fragment.ts';
import { ifMatchHeader } from '../writes/openapi.ts';
import {
  createInvestigationBody,
  deletedInvestigationAnswer,
  deleteInvestigationBody,
  duplicateInvestigationBody,
  investigationAnswer,
  investigationIdParams,
  investigationListAnswer,
  openedInvestigationAnswer,
  updateInvestigationBody,
} from './contract.ts';

const responseSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;
  return rest;
};

const idParam = parametersOf(investigationIdParams, 'path');
const CONFLICT = jsonResponse(
  'version_conflict: it was saved by someone else since you opened it (details.current).',
  ref('Error'),
);
const VERSION_REQUIRED = jsonResponse('version_required: send the version you opened.', ref('Error'));
const FORBIDDEN = jsonResponse('forbidden: you may open it (and save a copy), not change it.', ref('Error'));
const NOT_FOUND = jsonResponse('No investigation with that id that you may see (`not_found`).', ref('Error'));
const errors = (extra: Record<string, JsonSchema> = {}) => ({ ...errorResponses(400), '404': NOT_FOUND, ...extra });

export const investigationsOpenApi: OpenApiFragment = {
  paths: {
    '/investigations': {
      get: {
        operationId: 'listInvestigations',
        summary: "The caller's investigations and those shared with them, most recently saved first.",
        responses: { '200': jsonResponse('Summaries.', responseSchema(investigationListAnswer)), ...errorResponses() },
      },
      post: {
        operationId: 'createInvestigation',
        summary: 'Save the canvas as a new investigation owned by the caller (any role).',
        requestBody: jsonBody(createInvestigationBody, 'Name, view, notes and sharing.'),
        responses: { '201': jsonResponse('Created.', responseSchema(investigationAnswer)), ...errorResponses(400) },
      },
    },
    '/investigations/{id}': {
      get: {
        operationId: 'openInvestigation',
        summary: 'Open an investigation, with what changed in its entities since it was saved.',
        parameters: idParam,
        responses: {
          '200': jsonResponse('The investigation.', responseSchema(openedInvestigationAnswer)),
          ...errors(),
        },
      },
      patch: {
        operationId: 'updateInvestigation',
        summary: 'Save (view, notes), rename, describe or share (owner only); needs the version opened.',
        parameters: [...idParam, ifMatchHeader],
        requestBody: jsonBody(updateInvestigationBody, 'The fields to change and the version.'),
        responses: {
          '200': jsonResponse('Saved.', responseSchema(investigationAnswer)),
          ...errors({ '403': FORBIDDEN, '409': CONFLICT, '428': VERSION_REQUIRED }),
        },
      },
      delete: {
        operationId: 'deleteInvestigation',
        summary: 'Delete an investigation (owner only); needs the version opened.',
        parameters: [...idParam, ifMatchHeader],
        requestBody: { ...jsonBody(deleteInvestigationBody, 'The version.'), required: false },
        responses: {
          '200': jsonResponse('Deleted.', responseSchema(deletedInvestigationAnswer)),
          ...errors({ '403': FORBIDDEN, '409': CONFLICT, '428': VERSION_REQUIRED }),
        },
      },
    },
    '/investigations/{id}/duplicate': {
      post: {
        operationId: 'duplicateInvestigation',
        summary: 'Save a private copy owned by the caller (how an analyst keeps a shared investigation).',
        parameters: idParam,
        requestBody: { ...jsonBody(duplicateInvestigationBody, 'Optional name of the copy.'), required: false },
        responses: { '201': jsonResponse('The copy.', responseSchema(investigationAnswer)), ...errors() },
      },
    },
    '/investigations/{id}/history': {
      get: {
        operationId: 'investigationHistory',
        summary: "An investigation's audit entries, newest first.",
        parameters: idParam,
        responses: {
          '200': jsonResponse('The entries.', {
            type: 'object',
            required: ['entries'],
            additionalProperties: false,
            properties: { entries: { type: 'array', items: ref('AuditEntry') } },
          }),
          ...errors(),
        },
      },
    },
  },
};
