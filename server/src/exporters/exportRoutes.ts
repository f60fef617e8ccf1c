// POST /api/export?format=ftm|graphml|csv[&file=nodes|edges] with {ids, edgeIds?}: the entities and the
// relationships among them (or only the listed ones, what the canvas shows) as a file. CSV comes as two files, one per request (file=nodes or file=edges).
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { entityBaseFields } from '../model/schema.ts';
import { toEdgesCsv, toNodesCsv } from './csvExport.ts';
import { toFtmLines } from './ftmExport.ts';
import { toGraphml } from './graphmlExport.ts';
import { loadExportGraph, type ExportGraph } from './loadExportGraph.ts';

export const MAX_EXPORT_IDS = 5_000;
export const MAX_EXPORT_EDGE_IDS = 50_000;

export const exportQuerySchema = z
  .object({ format: z.enum(['ftm', 'graphml', 'csv']), file: z.enum(['nodes', 'edges']).optional() })
  .strict()
  .refine((q) => (q.format === 'csv') === (q.file !== undefined), {
    message: 'file=nodes or file=edges is needed with format=csv, and only then',
    path: ['file'],
  });

export const exportBodySchema = z
  .object({
    ids: z.array(entityBaseFields.id).min(1).max(MAX_EXPORT_IDS),
    edgeIds: z.array(z.string().min(1).max(200)).max(MAX_EXPORT_EDGE_IDS).optional().meta({
      description:
        'Only these relationships (the links the canvas shows after its filters); without it, every relationship among the ids.',
    }),
  })
  .strict();

interface Rendered {
  contentType: string;
  fileName: string;
  body: string;
}

function render(graph: ExportGraph, format: 'ftm' | 'graphml' | 'csv', file?: 'nodes' | 'edges'): Rendered {
  if (format === 'ftm')
    return {
      contentType: 'application/x-ndjson; charset=utf-8',
      fileName: 'subgraph.ftm.jsonl',
      body: toFtmLines(graph),
    };
  if (format === 'graphml')
    return {
      contentType: 'application/graphml+xml; charset=utf-8',
      fileName: 'subgraph.graphml',
      body: toGraphml(graph),
    };
  return {
    contentType: 'text/csv; charset=utf-8',
    fileName: `${file}.csv`,
    body: file === 'nodes' ? toNodesCsv(graph) : toEdgesCsv(graph),
  };
}

export function exportRoutes(db: GraphDb): Router {
  const router = Router();
  router.post('/export', async (req, res) => {
    const { format, file } = exportQuerySchema.parse(req.query);
    const { ids, edgeIds } = exportBodySchema.parse(req.body ?? {});
    const rendered = render(await loadExportGraph(db, ids, edgeIds), format, file);
    // attachment() sets a type from the file extension, so the real type is set after it.
    res.attachment(rendered.fileName).type(rendered.contentType).send(rendered.body);
  });
  return router;
}
