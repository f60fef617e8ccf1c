// POST /api/export?format=ftm|graphml|csv[&file=nodes|edges] {ids, edgeIds?}: the entities and the relationships
// among them (or only the listed ones, what the canvas shows) as a file. CSV comes as two files, one per request
// (file=nodes or file=edges).
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityBaseFields } from '../model/schema.ts';
import { MAX_SUBGRAPH_IDS } from '../subgraph/contract.ts';

/** Every canvas that can be saved and reopened can be exported. */
export const MAX_EXPORT_IDS = MAX_SUBGRAPH_IDS;
export const MAX_EXPORT_EDGE_IDS = 50_000;
/** 10,000 ids and 50,000 link ids of 200 characters are about 12 MB of JSON; the 2 MB of other requests is not enough. */
const EXPORT_BODY_LIMIT = '13mb';

const FILE_WITH_CSV = 'file=nodes or file=edges is needed with format=csv, and only then';

export const exportQuerySchema = z
  .object({
    format: z.enum(['ftm', 'graphml', 'csv']),
    file: z
      .enum(['nodes', 'edges'])
      .optional()
      .meta({ description: `${FILE_WITH_CSV}.` }),
  })
  .strict()
  .refine((q) => (q.format === 'csv') === (q.file !== undefined), { message: FILE_WITH_CSV, path: ['file'] });

export const exportBodySchema = z
  .object({
    ids: z.array(entityBaseFields.id).min(1).max(MAX_EXPORT_IDS),
    edgeIds: z.array(z.string().min(1).max(200)).max(MAX_EXPORT_EDGE_IDS).optional().meta({
      description:
        'Only these relationships (the links the canvas shows after its filters); without it, every relationship among the ids.',
    }),
  })
  .strict();

export const exportContract: Contract = {
  operations: [
    {
      method: 'post',
      path: '/export',
      operationId: 'exportSubgraph',
      summary: `The given entities (at most ${MAX_EXPORT_IDS}) and the relationships among them as FollowTheMoney JSON lines, GraphML or CSV.`,
      query: exportQuerySchema,
      body: {
        description: 'The ids to export, and optionally the relationships to keep.',
        schema: exportBodySchema,
        limit: EXPORT_BODY_LIMIT,
      },
      responses: {
        200: {
          description: 'The file, as an attachment.',
          files: {
            'application/x-ndjson':
              'format=ftm: one FtM entity per line (sanctions as Sanction records naming the authority; a sanctioned entity has the topic "sanction").',
            'application/graphml+xml': 'format=graphml.',
            'text/csv': 'format=csv: nodes.csv (file=nodes) or edges.csv (file=edges).',
          },
        },
      },
      errors: [400, 404, 413],
    },
  ],
};
