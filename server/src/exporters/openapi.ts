import { errorResponses, jsonBody, parametersOf, type OpenApiFragment } from '../openapi/fragment.ts';
import { exportBodySchema, exportQuerySchema, MAX_EXPORT_IDS } from './exportRoutes.ts';

const file = (description: string) => ({ schema: { type: 'string' }, description });

export const exportOpenApi: OpenApiFragment = {
  paths: {
    '/export': {
      post: {
        operationId: 'exportSubgraph',
        summary: `The given entities (at most ${MAX_EXPORT_IDS}) and the relationships among them as FollowTheMoney JSON lines, GraphML or CSV.`,
        parameters: parametersOf(exportQuerySchema, 'query'),
        requestBody: jsonBody(exportBodySchema, 'The ids to export.'),
        responses: {
          '200': {
            description: 'The file, as an attachment.',
            content: {
              'application/x-ndjson': file(
                'format=ftm: one FtM entity per line (sanctions included, authorities named).',
              ),
              'application/graphml+xml': file('format=graphml.'),
              'text/csv': file('format=csv: nodes.csv (file=nodes) or edges.csv (file=edges).'),
            },
          },
          ...errorResponses(400, 404, 413),
        },
      },
    },
  },
};
