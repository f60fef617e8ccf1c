import { errorResponses, jsonBody, jsonResponse, parametersOf, type OpenApiFragment } from '../openapi/fragment.ts';
import { jsonImport, rawImportQuery } from './importRoutes.ts';

const issue = {
  type: 'object',
  required: ['line', 'reason'],
  properties: { line: { type: 'integer' }, reason: { type: 'string' } },
};
const outcomes = {
  type: 'object',
  required: ['created', 'updated', 'unchanged'],
  properties: { created: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' } },
};

export const importOpenApi: OpenApiFragment = {
  schemas: {
    ImportSummary: {
      type: 'object',
      required: [
        'format',
        'source',
        'recordsRead',
        'entities',
        'relationships',
        'skipped',
        'skippedCount',
        'warnings',
        'warningCount',
        'linked',
        'linkedCount',
        'candidates',
        'candidateCount',
        'history',
        'unresolvedLinks',
        'unresolvedLinkCount',
        'seconds',
        'recordsPerSecond',
      ],
      properties: {
        format: { enum: ['ofac-csv', 'ofac-legacy', 'un-xml', 'ftm'] },
        source: { $ref: '#/components/schemas/Source' },
        recordsRead: { type: 'integer' },
        entities: outcomes,
        relationships: outcomes,
        skipped: {
          type: 'array',
          items: issue,
          description: 'Rejected lines and records not written, with reasons (first 200).',
        },
        skippedCount: { type: 'integer' },
        warnings: { type: 'array', items: issue },
        warningCount: { type: 'integer' },
        linked: {
          type: 'array',
          items: { type: 'object' },
          description: 'Records attached to an entity already in the graph on strong evidence (same list id).',
        },
        linkedCount: { type: 'integer' },
        candidates: {
          type: 'array',
          items: { type: 'object' },
          description: 'Possible matches (same name), reported, not merged.',
        },
        candidateCount: { type: 'integer' },
        history: {
          description: 'What this edition of an official list changed, entry by entry; null for FtM files.',
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: [
                'edition',
                'previousEdition',
                'olderEdition',
                'added',
                'changed',
                'unchanged',
                'delisted',
                'relisted',
              ],
              properties: {
                edition: { type: 'string' },
                previousEdition: { type: ['string', 'null'] },
                olderEdition: { type: 'boolean' },
                added: { type: 'integer' },
                changed: { type: 'integer' },
                unchanged: { type: 'integer' },
                delisted: { type: 'integer' },
                relisted: { type: 'integer' },
              },
            },
          ],
        },
        unresolvedLinks: { type: 'array', items: issue },
        unresolvedLinkCount: { type: 'integer' },
        seconds: { type: 'number' },
        recordsPerSecond: { type: 'number' },
      },
    },
  },
  paths: {
    '/import': {
      post: {
        operationId: 'importList',
        summary: 'Imports an OFAC SDN CSV or FollowTheMoney JSON lines (admins only); idempotent.',
        description:
          'Send JSON {format, content, ...} (2 MB limit), or the file itself as text/csv or application/x-ndjson (20 MB limit) with the options in the query string. ' +
          'Malformed lines are skipped and reported with their line numbers; the rest is written.',
        parameters: parametersOf(rawImportQuery.partial(), 'query'),
        requestBody: {
          ...jsonBody(jsonImport, 'The file content and options.'),
          content: {
            ...(jsonBody(jsonImport, '').content as object),
            'text/csv': { schema: { type: 'string' } },
            'application/x-ndjson': { schema: { type: 'string' } },
          },
        },
        responses: {
          '200': jsonResponse('What was created, updated, left unchanged, skipped, linked.', {
            $ref: '#/components/schemas/ImportSummary',
          }),
          ...errorResponses(400, 403, 413),
        },
      },
    },
  },
};
