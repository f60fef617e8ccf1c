// POST /api/export: renders the entities and the relationships among them (or only the listed ones, what the
// canvas shows) in the requested format.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { exportBodySchema, exportQuerySchema } from './contract.ts';
import { toEdgesCsv, toNodesCsv } from './csvExport.ts';
import { toFtmLines } from './ftmExport.ts';
import { toGraphml } from './graphmlExport.ts';
import { loadExportGraph, type ExportGraph } from './loadExportGraph.ts';

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
